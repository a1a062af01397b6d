// Statistics and monitoring (DESIGN.md §2, system 6): the zone's figures by period, day, mode, country, industry belt and enterprise.
export { statisticsRoutes } from './statistics.routes';
export { zoneStatistics, type ZoneStatisticsView } from './statistics.service';
export { aggregate, beltOf, BELTS, FIRST_COUNTRIES, type Belt, type ZoneStatistics } from './aggregate';
