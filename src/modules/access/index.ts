// Who is calling and what they may do: the one access-policy module every other module asks.
export * from './actor';
export * from './policy';
