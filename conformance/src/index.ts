/**
 * `@registrar-kit/conformance`: prove a registrar-kit plugin does what its manifest claims.
 * @packageDocumentation
 */
export { describeRegistrarConformance, runConformance, planConformance, ConformanceRun, type ConformanceOptions, type ConformanceReport, type CheckResult, type PlannedCheck, type Plan, type VitestApi } from './suite.js';
export { loadCassettes, listCassetteFiles, cassetteSchema, type Cassette, type Step, type Exchange, type Source, type HttpExchange, type MailOutExchange, type EppExchange, type EppServerRecording, type ExpectedOutcome, type LoadedCassette, type CassetteProblem } from './cassette.js';
export { matchTemplate, substitute, type Bindings } from './placeholders.js';
export { canonicalBody, canonicalUrl, normalizeText, type BodyFormat } from './normalize.js';
export { replayCassette, type ScenarioResult, type Failure, type ReplayOptions, type CheckName } from './replay.js';
export { formatReport, toJUnit } from './report.js';
export { collectProvenance, provenanceKind, strictProvenanceFailures, type ProvenanceReport, type ProvenanceEntry, type ProvenanceCounts, type ProvenanceKind } from './provenance.js';
export { recordCassettes, type RecordOptions, type RecordResult } from './record.js';
export { HttpGateway, type Responder } from './gateway.js';
export { EppReplayServer, EPP_REPLAY_SERVER_NAME, type EppReplayConnection, type EppSessionHandler } from './epp-server.js';
export { eppSession, classifyFrame, DEFAULT_GREETING, type SessionOptions } from './epp-session.js';
export { canonicalEpp } from './epp-canonical.js';
export { EPP_FAULTS, EPP_FAULT_EXPECTATIONS } from './faults.js';
