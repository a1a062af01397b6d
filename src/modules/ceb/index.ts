// The standard data interface: customs CEB XML messages and the JSON API for the same documents, receipts
// (feed and webhooks), signatures and keyless signing, the error catalogue.
export { buildCeb, checkDocument, parseCeb, type ParseResult, type Problem } from './codec';
export { MESSAGE_TYPES, messageContract, type CebMessages, type CebMessageType } from './contracts';
export { registerRecordHook, retireDocument, setDocumentsLocked, submitMessage, type RecordHook, type RecordHookInput, type SubmitAnswer, type SubmitInput } from './ceb.service';
export { cebRoutes } from './ceb.routes';
export { ERROR_CATALOGUE } from './errors';
export { issueNotice, issueReceipt, problemsText, receiptsAfter, receiptsOfDocuments, type Environment, type ReceiptView } from './receipts';
export { REQUEST_TYPES, headOf, type RequestType } from './records';
