export * from './types.js';
export { encodeEppFrame, EppFrameDecoder, EppFrameError, DEFAULT_MAX_EPP_FRAME_BYTES } from './framing.js';
export { parseEppXml, buildEppXml } from './xml.js';
export * as eppTree from './tree.js';
export { createEppClient, type EppClientOptions } from './client.js';
export { connectEppTls, type EppConnect, type EppConnectTarget } from './connection.js';
export { eppResultError, isEppSuccess } from './result-codes.js';
export { redactEppXml, parseGreeting, parseResponse, readEppDocument } from './messages.js';
