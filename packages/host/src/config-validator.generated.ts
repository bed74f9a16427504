/* Generated from config.schema.json by scripts/generate-config-validator.mjs. Do not edit. */
// @ts-nocheck
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';

// The generated code loads ajv's small run-time helpers (string length, deep equality) with require.
const require = createRequire(import.meta.url);

export const validateConfigSchema = validate20 as unknown as ValidateFunction;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://registrar-kit.dev/schemas/host-config-1.json","title":"RegistrarKitConfig","description":"registrar-kit host configuration: plugin instances, per-TLD connectors, the store. Secrets are written as {\"$env\": \"NAME\"} and read from the environment.","type":"object","additionalProperties":false,"required":["plugins","connectors"],"properties":{"$schema":{"type":"string"},"store":{"type":"object","additionalProperties":false,"properties":{"sqlite":{"type":"string","minLength":1,"description":"SQLite file path (relative to the config file) or :memory:."},"postgres":{"description":"PostgreSQL connection URL (postgres://user:password@host:5432/db?sslmode=require), usually {\"$env\": \"NAME\"}. Several hosts may share the database.","anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/envRef"}]},"schema":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","description":"PostgreSQL schema holding the tables (default public)."},"migrate":{"type":"boolean","description":"PostgreSQL: apply pending migrations when the host opens the store (default false: run `registrar-kit store migrate` instead)."},"poolSize":{"type":"integer","minimum":1,"maximum":1000,"description":"PostgreSQL: connections in this host's pool (default 10)."}},"description":"Where the host keeps its state: a SQLite file (the default, one machine) or a PostgreSQL database several hosts share."},"plugins":{"type":"array","items":{"$ref":"#/$defs/plugin"}},"connectors":{"type":"array","items":{"$ref":"#/$defs/connector"}},"mail":{"type":"object","additionalProperties":false,"properties":{"smtpUrl":{"description":"Outbound SMTP relay URL (smtp://host:port).","anyOf":[{"type":"string"},{"$ref":"#/$defs/envRef"}]},"from":{"type":"string"}}},"inbound":{"type":"object","additionalProperties":false,"properties":{"smtp":{"type":"object","additionalProperties":false,"required":["port"],"properties":{"host":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535}}}}},"renewals":{"type":"object","additionalProperties":false,"description":"The renewal scheduler (docs/host-guide.md#renewals): domains whose renewal policy is auto are renewed ahead of their expiry.","properties":{"daysBefore":{"type":"integer","minimum":0,"maximum":3650,"description":"Days before the expiry a renewal is released (default 30)."},"perTld":{"type":"object","description":"daysBefore per TLD (\"de\": 14).","additionalProperties":{"type":"integer","minimum":0,"maximum":3650}},"holdHours":{"type":"number","minimum":0,"maximum":8760,"description":"Hours between the renewal.due event and the release of the renewal, for the platform to attach an order (default 0)."},"period":{"type":"integer","minimum":1,"maximum":10,"description":"Years per scheduled renewal (default 1)."}}},"tracker":{"type":"object","additionalProperties":false,"properties":{"leaseSeconds":{"type":"integer","minimum":1},"batchSize":{"type":"integer","minimum":1}}},"webhooks":{"type":"array","description":"Endpoints of the platform that receive the host's events (operation.status, domain.status, task.opened, task.closed, renewal.due) as Standard Webhooks: signed POSTs with webhook-id, webhook-timestamp and webhook-signature headers, written to a durable outbox with the state change and retried with backoff.","items":{"$ref":"#/$defs/webhook"}},"orders":{"type":"object","additionalProperties":false,"description":"Customer orders (seeds 000–002): a billable request naming a customer goes out only with an order, once it is paid.","properties":{"providerCustomerIds":{"type":"array","description":"Customer ids that are the provider's own account: their requests need no order and go out at once.","items":{"type":"string","minLength":1,"maxLength":200},"uniqueItems":true,"maxItems":1000},"requireForCustomers":{"type":"boolean","description":"true (default): a billable request naming a customer needs an order id and waits for its payment. false: the platform releases customer requests only once they are paid (it bills before calling the host); a customer id then only marks the tenant."}}},"dns":{"type":"object","additionalProperties":false,"description":"The DNS test of new name servers, for TLDs whose rules say dnsTestRequired (docs/host-guide.md#dns-test-of-new-name-servers).","properties":{"test":{"enum":["probe","manual","registrar"],"description":"probe (default): the host asks each name server for the zone's SOA before sending; manual: the operation goes to staff as a manual task; registrar: the host does not test, the registrar's own check (at delegation) answers, as for a sandbox whose name servers exist in no DNS."},"servers":{"type":"array","description":"Resolvers used to find a name server's address when the request carries no glue (\"127.0.0.1:5353\", \"[::1]:53\", \"9.9.9.9\"); default: the system's.","items":{"type":"string","minLength":1,"maxLength":100},"maxItems":10},"timeoutMs":{"type":"integer","minimum":50,"maximum":60000,"description":"How long one DNS question may take (default 3000)."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"The port the name servers are asked on (default 53)."}}}},"$defs":{"envRef":{"type":"object","additionalProperties":false,"required":["$env"],"properties":{"$env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"plugin":{"type":"object","additionalProperties":false,"required":["name","package"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Instance name, unique; two instances of one plugin (two reseller accounts) have two names."},"package":{"type":"string","minLength":1,"description":"npm package name, or a path relative to the config file."},"settings":{"type":"object","description":"Validated against the plugin manifest's settings schema. Secret values as {\"$env\": \"NAME\"}."},"inbound":{"type":"object","additionalProperties":false,"properties":{"address":{"type":"string","description":"The address registrar mail for this instance is sent to (AutoDNS reply_to, R01 replies)."},"allowedSenders":{"type":"array","items":{"type":"string"}},"requireDkim":{"type":"boolean"},"webhook":{"type":"object","additionalProperties":false,"description":"Authentication of registrar webhooks delivered to this instance: HMAC-SHA256 over '<timestamp>.<body>' with this secret.","properties":{"secret":{"oneOf":[{"type":"string","minLength":16},{"$ref":"#/$defs/envRef"}],"description":"Shared secret (at least 16 characters); use {\"$env\": \"NAME\"}."},"toleranceSeconds":{"type":"integer","minimum":1,"maximum":3600,"description":"Replay window: a signature whose timestamp is further from now is refused (default 300)."},"unauthenticated":{"type":"boolean","description":"Accept webhooks without a signature (default false). The host warns at start when this is on."}}},"transport":{"enum":["mail","webhook","any"],"description":"Which inbound transports this instance accepts (default: what its manifest declares)."}}},"mailFrom":{"type":"string","description":"From address for this instance's outbound registrar mail."},"sync":{"type":"object","additionalProperties":false,"description":"The scheduled registrar sync of this instance: an info sweep of its domains (docs/host-guide.md#sync).","properties":{"intervalHours":{"type":"number","exclusiveMinimum":0,"maximum":8760,"description":"How often each domain is read (default 24)."},"ratePerSecond":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Most info calls per second (default: the manifest's polling.rateLimitPerSecond, else 1)."},"batch":{"type":"integer","minimum":1,"maximum":10000,"description":"Domains claimed at a time (default 50)."},"expiringWithinDays":{"type":"integer","minimum":0,"description":"Only domains whose expiry is within this many days (or unknown, or passed)."}}},"timeouts":{"type":"object","additionalProperties":false,"description":"How long the host waits for this instance's plugin code, in milliseconds. A call that takes longer is abandoned: a billable request becomes 'unknown' (reconcile or a manual task, never resent on a guess).","properties":{"importMs":{"type":"integer","minimum":1,"maximum":600000,"description":"Loading the plugin's entry module (default 10000)."},"callMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One operation handler: register, renew, info, … (default 60000)."},"pollMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One poll() call for a batch of refs (default 60000)."},"reconcileMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One reconcile() call after a crash (default 30000)."},"messageMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One handleMessage() call for a registrar mail or webhook (default 30000)."},"disposeMs":{"type":"integer","minimum":1,"maximum":600000,"description":"dispose() at shutdown (default 5000)."}}}}},"connector":{"type":"object","additionalProperties":false,"required":["tld","plugin"],"properties":{"name":{"type":"string","description":"Defaults to the TLD."},"tld":{"type":"string","pattern":"^[a-z0-9-]+(\\.[a-z0-9-]+)*$","description":"Without the leading dot; IDN TLDs in A-label form (xn--p1ai)."},"plugin":{"type":"string","description":"A plugin instance name."},"modes":{"type":"object","additionalProperties":false,"properties":{"register":{"enum":["auto","manual","unsupported"]},"renew":{"enum":["auto","manual","unsupported"]},"transfer":{"enum":["auto","manual","unsupported"]},"cancel":{"enum":["auto","manual","unsupported"]}}},"flags":{"type":"object","additionalProperties":false,"properties":{"editNameservers":{"type":"boolean"},"manageContacts":{"type":"boolean"},"registrarLock":{"type":"boolean"},"transferKey":{"type":"boolean"},"transferUsesProviderNameservers":{"type":"boolean"},"whoisPrivacy":{"type":"boolean"}}}}},"webhook":{"type":"object","additionalProperties":false,"required":["name","url","secret"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"The endpoint's name (host.webhooks.endpoints(), host.webhooks.enable(name), the delivery log)."},"url":{"type":"string","pattern":"^https?://","maxLength":2048,"description":"Where the events are POSTed (http:// or https://)."},"secret":{"oneOf":[{"type":"string","minLength":24},{"$ref":"#/$defs/envRef"}],"description":"Signing secret: a Standard Webhooks secret 'whsec_<base64>' (its decoded bytes are the key, at least 24), or any other string of at least 24 characters (its UTF-8 bytes); use {\"$env\": \"NAME\"}."},"events":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["operation.status","domain.status","task.opened","task.closed","renewal.due"]},"description":"The events this endpoint receives (default: all)."},"maxAttempts":{"type":"integer","minimum":1,"maximum":100,"description":"Attempts per event before its delivery is marked failed (default 12)."},"disableAfterFailures":{"type":"integer","minimum":1,"maximum":100000,"description":"Consecutive failed attempts after which the endpoint is disabled, with the reason, until host.webhooks.enable(name) (default 50)."},"timeoutMs":{"type":"integer","minimum":100,"maximum":120000,"description":"How long one attempt waits for the endpoint's answer (default 10000)."}}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["$env"],"properties":{"$env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}};
const schema35 = {"type":"object","additionalProperties":false,"required":["tld","plugin"],"properties":{"name":{"type":"string","description":"Defaults to the TLD."},"tld":{"type":"string","pattern":"^[a-z0-9-]+(\\.[a-z0-9-]+)*$","description":"Without the leading dot; IDN TLDs in A-label form (xn--p1ai)."},"plugin":{"type":"string","description":"A plugin instance name."},"modes":{"type":"object","additionalProperties":false,"properties":{"register":{"enum":["auto","manual","unsupported"]},"renew":{"enum":["auto","manual","unsupported"]},"transfer":{"enum":["auto","manual","unsupported"]},"cancel":{"enum":["auto","manual","unsupported"]}}},"flags":{"type":"object","additionalProperties":false,"properties":{"editNameservers":{"type":"boolean"},"manageContacts":{"type":"boolean"},"registrarLock":{"type":"boolean"},"transferKey":{"type":"boolean"},"transferUsesProviderNameservers":{"type":"boolean"},"whoisPrivacy":{"type":"boolean"}}}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern5 = new RegExp("^[a-z_][a-z0-9_]{0,62}$", "u");
const pattern8 = new RegExp("^[a-z0-9-]+(\\.[a-z0-9-]+)*$", "u");
const schema33 = {"type":"object","additionalProperties":false,"required":["name","package"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Instance name, unique; two instances of one plugin (two reseller accounts) have two names."},"package":{"type":"string","minLength":1,"description":"npm package name, or a path relative to the config file."},"settings":{"type":"object","description":"Validated against the plugin manifest's settings schema. Secret values as {\"$env\": \"NAME\"}."},"inbound":{"type":"object","additionalProperties":false,"properties":{"address":{"type":"string","description":"The address registrar mail for this instance is sent to (AutoDNS reply_to, R01 replies)."},"allowedSenders":{"type":"array","items":{"type":"string"}},"requireDkim":{"type":"boolean"},"webhook":{"type":"object","additionalProperties":false,"description":"Authentication of registrar webhooks delivered to this instance: HMAC-SHA256 over '<timestamp>.<body>' with this secret.","properties":{"secret":{"oneOf":[{"type":"string","minLength":16},{"$ref":"#/$defs/envRef"}],"description":"Shared secret (at least 16 characters); use {\"$env\": \"NAME\"}."},"toleranceSeconds":{"type":"integer","minimum":1,"maximum":3600,"description":"Replay window: a signature whose timestamp is further from now is refused (default 300)."},"unauthenticated":{"type":"boolean","description":"Accept webhooks without a signature (default false). The host warns at start when this is on."}}},"transport":{"enum":["mail","webhook","any"],"description":"Which inbound transports this instance accepts (default: what its manifest declares)."}}},"mailFrom":{"type":"string","description":"From address for this instance's outbound registrar mail."},"sync":{"type":"object","additionalProperties":false,"description":"The scheduled registrar sync of this instance: an info sweep of its domains (docs/host-guide.md#sync).","properties":{"intervalHours":{"type":"number","exclusiveMinimum":0,"maximum":8760,"description":"How often each domain is read (default 24)."},"ratePerSecond":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Most info calls per second (default: the manifest's polling.rateLimitPerSecond, else 1)."},"batch":{"type":"integer","minimum":1,"maximum":10000,"description":"Domains claimed at a time (default 50)."},"expiringWithinDays":{"type":"integer","minimum":0,"description":"Only domains whose expiry is within this many days (or unknown, or passed)."}}},"timeouts":{"type":"object","additionalProperties":false,"description":"How long the host waits for this instance's plugin code, in milliseconds. A call that takes longer is abandoned: a billable request becomes 'unknown' (reconcile or a manual task, never resent on a guess).","properties":{"importMs":{"type":"integer","minimum":1,"maximum":600000,"description":"Loading the plugin's entry module (default 10000)."},"callMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One operation handler: register, renew, info, … (default 60000)."},"pollMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One poll() call for a batch of refs (default 60000)."},"reconcileMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One reconcile() call after a crash (default 30000)."},"messageMs":{"type":"integer","minimum":1,"maximum":3600000,"description":"One handleMessage() call for a registrar mail or webhook (default 30000)."},"disposeMs":{"type":"integer","minimum":1,"maximum":600000,"description":"dispose() at shutdown (default 5000)."}}}}};
const pattern6 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.package === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "package")) || (key0 === "settings")) || (key0 === "inbound")) || (key0 === "mailFrom")) || (key0 === "sync")) || (key0 === "timeouts"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.package !== undefined){
let data1 = data.package;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.settings !== undefined){
let data2 = data.settings;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err7 = {instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.inbound !== undefined){
let data3 = data.inbound;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(((((key1 === "address") || (key1 === "allowedSenders")) || (key1 === "requireDkim")) || (key1 === "webhook")) || (key1 === "transport"))){
const err8 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.address !== undefined){
if(typeof data3.address !== "string"){
const err9 = {instancePath:instancePath+"/inbound/address",schemaPath:"#/properties/inbound/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.allowedSenders !== undefined){
let data5 = data3.allowedSenders;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err10 = {instancePath:instancePath+"/inbound/allowedSenders/" + i0,schemaPath:"#/properties/inbound/properties/allowedSenders/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/inbound/allowedSenders",schemaPath:"#/properties/inbound/properties/allowedSenders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.requireDkim !== undefined){
if(typeof data3.requireDkim !== "boolean"){
const err12 = {instancePath:instancePath+"/inbound/requireDkim",schemaPath:"#/properties/inbound/properties/requireDkim/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.webhook !== undefined){
let data8 = data3.webhook;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!(((key2 === "secret") || (key2 === "toleranceSeconds")) || (key2 === "unauthenticated"))){
const err13 = {instancePath:instancePath+"/inbound/webhook",schemaPath:"#/properties/inbound/properties/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.secret !== undefined){
let data9 = data8.secret;
const _errs23 = errors;
let valid5 = false;
let passing0 = null;
const _errs24 = errors;
if(typeof data9 === "string"){
if(func2(data9) < 16){
const err14 = {instancePath:instancePath+"/inbound/webhook/secret",schemaPath:"#/properties/inbound/properties/webhook/properties/secret/oneOf/0/minLength",keyword:"minLength",params:{limit: 16},message:"must NOT have fewer than 16 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/inbound/webhook/secret",schemaPath:"#/properties/inbound/properties/webhook/properties/secret/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs26 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.$env === undefined){
const err16 = {instancePath:instancePath+"/inbound/webhook/secret",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: "$env"},message:"must have required property '"+"$env"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data9){
if(!(key3 === "$env")){
const err17 = {instancePath:instancePath+"/inbound/webhook/secret",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.$env !== undefined){
let data10 = data9.$env;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err18 = {instancePath:instancePath+"/inbound/webhook/secret/$env",schemaPath:"#/$defs/envRef/properties/%24env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/inbound/webhook/secret/$env",schemaPath:"#/$defs/envRef/properties/%24env/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/inbound/webhook/secret",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err21 = {instancePath:instancePath+"/inbound/webhook/secret",schemaPath:"#/properties/inbound/properties/webhook/properties/secret/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data8.toleranceSeconds !== undefined){
let data11 = data8.toleranceSeconds;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err22 = {instancePath:instancePath+"/inbound/webhook/toleranceSeconds",schemaPath:"#/properties/inbound/properties/webhook/properties/toleranceSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 3600 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/inbound/webhook/toleranceSeconds",schemaPath:"#/properties/inbound/properties/webhook/properties/toleranceSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err24 = {instancePath:instancePath+"/inbound/webhook/toleranceSeconds",schemaPath:"#/properties/inbound/properties/webhook/properties/toleranceSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data8.unauthenticated !== undefined){
if(typeof data8.unauthenticated !== "boolean"){
const err25 = {instancePath:instancePath+"/inbound/webhook/unauthenticated",schemaPath:"#/properties/inbound/properties/webhook/properties/unauthenticated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/inbound/webhook",schemaPath:"#/properties/inbound/properties/webhook/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data3.transport !== undefined){
let data13 = data3.transport;
if(!(((data13 === "mail") || (data13 === "webhook")) || (data13 === "any"))){
const err27 = {instancePath:instancePath+"/inbound/transport",schemaPath:"#/properties/inbound/properties/transport/enum",keyword:"enum",params:{allowedValues: schema33.properties.inbound.properties.transport.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.mailFrom !== undefined){
if(typeof data.mailFrom !== "string"){
const err29 = {instancePath:instancePath+"/mailFrom",schemaPath:"#/properties/mailFrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.sync !== undefined){
let data15 = data.sync;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key4 in data15){
if(!((((key4 === "intervalHours") || (key4 === "ratePerSecond")) || (key4 === "batch")) || (key4 === "expiringWithinDays"))){
const err30 = {instancePath:instancePath+"/sync",schemaPath:"#/properties/sync/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.intervalHours !== undefined){
let data16 = data15.intervalHours;
if(typeof data16 == "number"){
if(data16 > 8760 || isNaN(data16)){
const err31 = {instancePath:instancePath+"/sync/intervalHours",schemaPath:"#/properties/sync/properties/intervalHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data16 <= 0 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/sync/intervalHours",schemaPath:"#/properties/sync/properties/intervalHours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/sync/intervalHours",schemaPath:"#/properties/sync/properties/intervalHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.ratePerSecond !== undefined){
let data17 = data15.ratePerSecond;
if(typeof data17 == "number"){
if(data17 > 1000 || isNaN(data17)){
const err34 = {instancePath:instancePath+"/sync/ratePerSecond",schemaPath:"#/properties/sync/properties/ratePerSecond/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data17 <= 0 || isNaN(data17)){
const err35 = {instancePath:instancePath+"/sync/ratePerSecond",schemaPath:"#/properties/sync/properties/ratePerSecond/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/sync/ratePerSecond",schemaPath:"#/properties/sync/properties/ratePerSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data15.batch !== undefined){
let data18 = data15.batch;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
const err37 = {instancePath:instancePath+"/sync/batch",schemaPath:"#/properties/sync/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 > 10000 || isNaN(data18)){
const err38 = {instancePath:instancePath+"/sync/batch",schemaPath:"#/properties/sync/properties/batch/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err39 = {instancePath:instancePath+"/sync/batch",schemaPath:"#/properties/sync/properties/batch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data15.expiringWithinDays !== undefined){
let data19 = data15.expiringWithinDays;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err40 = {instancePath:instancePath+"/sync/expiringWithinDays",schemaPath:"#/properties/sync/properties/expiringWithinDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
const err41 = {instancePath:instancePath+"/sync/expiringWithinDays",schemaPath:"#/properties/sync/properties/expiringWithinDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/sync",schemaPath:"#/properties/sync/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data20 = data.timeouts;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key5 in data20){
if(!((((((key5 === "importMs") || (key5 === "callMs")) || (key5 === "pollMs")) || (key5 === "reconcileMs")) || (key5 === "messageMs")) || (key5 === "disposeMs"))){
const err43 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data20.importMs !== undefined){
let data21 = data20.importMs;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err44 = {instancePath:instancePath+"/timeouts/importMs",schemaPath:"#/properties/timeouts/properties/importMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 > 600000 || isNaN(data21)){
const err45 = {instancePath:instancePath+"/timeouts/importMs",schemaPath:"#/properties/timeouts/properties/importMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err46 = {instancePath:instancePath+"/timeouts/importMs",schemaPath:"#/properties/timeouts/properties/importMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data20.callMs !== undefined){
let data22 = data20.callMs;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err47 = {instancePath:instancePath+"/timeouts/callMs",schemaPath:"#/properties/timeouts/properties/callMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 > 3600000 || isNaN(data22)){
const err48 = {instancePath:instancePath+"/timeouts/callMs",schemaPath:"#/properties/timeouts/properties/callMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data22 < 1 || isNaN(data22)){
const err49 = {instancePath:instancePath+"/timeouts/callMs",schemaPath:"#/properties/timeouts/properties/callMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data20.pollMs !== undefined){
let data23 = data20.pollMs;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err50 = {instancePath:instancePath+"/timeouts/pollMs",schemaPath:"#/properties/timeouts/properties/pollMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(typeof data23 == "number"){
if(data23 > 3600000 || isNaN(data23)){
const err51 = {instancePath:instancePath+"/timeouts/pollMs",schemaPath:"#/properties/timeouts/properties/pollMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data23 < 1 || isNaN(data23)){
const err52 = {instancePath:instancePath+"/timeouts/pollMs",schemaPath:"#/properties/timeouts/properties/pollMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data20.reconcileMs !== undefined){
let data24 = data20.reconcileMs;
if(!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))){
const err53 = {instancePath:instancePath+"/timeouts/reconcileMs",schemaPath:"#/properties/timeouts/properties/reconcileMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(typeof data24 == "number"){
if(data24 > 3600000 || isNaN(data24)){
const err54 = {instancePath:instancePath+"/timeouts/reconcileMs",schemaPath:"#/properties/timeouts/properties/reconcileMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err55 = {instancePath:instancePath+"/timeouts/reconcileMs",schemaPath:"#/properties/timeouts/properties/reconcileMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data20.messageMs !== undefined){
let data25 = data20.messageMs;
if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){
const err56 = {instancePath:instancePath+"/timeouts/messageMs",schemaPath:"#/properties/timeouts/properties/messageMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(typeof data25 == "number"){
if(data25 > 3600000 || isNaN(data25)){
const err57 = {instancePath:instancePath+"/timeouts/messageMs",schemaPath:"#/properties/timeouts/properties/messageMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data25 < 1 || isNaN(data25)){
const err58 = {instancePath:instancePath+"/timeouts/messageMs",schemaPath:"#/properties/timeouts/properties/messageMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data20.disposeMs !== undefined){
let data26 = data20.disposeMs;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err59 = {instancePath:instancePath+"/timeouts/disposeMs",schemaPath:"#/properties/timeouts/properties/disposeMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data26 == "number"){
if(data26 > 600000 || isNaN(data26)){
const err60 = {instancePath:instancePath+"/timeouts/disposeMs",schemaPath:"#/properties/timeouts/properties/disposeMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data26 < 1 || isNaN(data26)){
const err61 = {instancePath:instancePath+"/timeouts/disposeMs",schemaPath:"#/properties/timeouts/properties/disposeMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/timeouts",schemaPath:"#/properties/timeouts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","additionalProperties":false,"required":["name","url","secret"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$","description":"The endpoint's name (host.webhooks.endpoints(), host.webhooks.enable(name), the delivery log)."},"url":{"type":"string","pattern":"^https?://","maxLength":2048,"description":"Where the events are POSTed (http:// or https://)."},"secret":{"oneOf":[{"type":"string","minLength":24},{"$ref":"#/$defs/envRef"}],"description":"Signing secret: a Standard Webhooks secret 'whsec_<base64>' (its decoded bytes are the key, at least 24), or any other string of at least 24 characters (its UTF-8 bytes); use {\"$env\": \"NAME\"}."},"events":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["operation.status","domain.status","task.opened","task.closed","renewal.due"]},"description":"The events this endpoint receives (default: all)."},"maxAttempts":{"type":"integer","minimum":1,"maximum":100,"description":"Attempts per event before its delivery is marked failed (default 12)."},"disableAfterFailures":{"type":"integer","minimum":1,"maximum":100000,"description":"Consecutive failed attempts after which the endpoint is disabled, with the reason, until host.webhooks.enable(name) (default 50)."},"timeoutMs":{"type":"integer","minimum":100,"maximum":120000,"description":"How long one attempt waits for the endpoint's answer (default 10000)."}}};
const pattern10 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const pattern11 = new RegExp("^https?://", "u");
const func0 = require("ajv/dist/runtime/equal").default;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.secret === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "url")) || (key0 === "secret")) || (key0 === "events")) || (key0 === "maxAttempts")) || (key0 === "disableAfterFailures")) || (key0 === "timeoutMs"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(func2(data1) > 2048){
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern11.test(data1)){
const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.secret !== undefined){
let data2 = data.secret;
const _errs7 = errors;
let valid1 = false;
let passing0 = null;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 24){
const err9 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/oneOf/0/minLength",keyword:"minLength",params:{limit: 24},message:"must NOT have fewer than 24 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs10 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.$env === undefined){
const err11 = {instancePath:instancePath+"/secret",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: "$env"},message:"must have required property '"+"$env"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "$env")){
const err12 = {instancePath:instancePath+"/secret",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.$env !== undefined){
let data3 = data2.$env;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err13 = {instancePath:instancePath+"/secret/$env",schemaPath:"#/$defs/envRef/properties/%24env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/secret/$env",schemaPath:"#/$defs/envRef/properties/%24env/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/secret",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err16 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.events !== undefined){
let data4 = data.events;
if(Array.isArray(data4)){
if(data4.length < 1){
const err17 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!(((((data5 === "operation.status") || (data5 === "domain.status")) || (data5 === "task.opened")) || (data5 === "task.closed")) || (data5 === "renewal.due"))){
const err18 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/properties/events/items/enum",keyword:"enum",params:{allowedValues: schema37.properties.events.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
const err19 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.maxAttempts !== undefined){
let data6 = data.maxAttempts;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err21 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 100 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/maxAttempts",schemaPath:"#/properties/maxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.disableAfterFailures !== undefined){
let data7 = data.disableAfterFailures;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err24 = {instancePath:instancePath+"/disableAfterFailures",schemaPath:"#/properties/disableAfterFailures/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 100000 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/disableAfterFailures",schemaPath:"#/properties/disableAfterFailures/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/disableAfterFailures",schemaPath:"#/properties/disableAfterFailures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.timeoutMs !== undefined){
let data8 = data.timeoutMs;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err27 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 120000 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120000},message:"must be <= 120000"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8 < 100 || isNaN(data8)){
const err29 = {instancePath:instancePath+"/timeoutMs",schemaPath:"#/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://registrar-kit.dev/schemas/host-config-1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugins === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plugins"},message:"must have required property '"+"plugins"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.connectors === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connectors"},message:"must have required property '"+"connectors"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.store !== undefined){
let data1 = data.store;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((key1 === "sqlite") || (key1 === "postgres")) || (key1 === "schema")) || (key1 === "migrate")) || (key1 === "poolSize"))){
const err4 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.sqlite !== undefined){
let data2 = data1.sqlite;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/store/sqlite",schemaPath:"#/properties/store/properties/sqlite/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/store/sqlite",schemaPath:"#/properties/store/properties/sqlite/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.postgres !== undefined){
let data3 = data1.postgres;
const _errs10 = errors;
let valid2 = false;
const _errs11 = errors;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/store/postgres",schemaPath:"#/properties/store/properties/postgres/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/store/postgres",schemaPath:"#/properties/store/properties/postgres/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
const _errs13 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.$env === undefined){
const err9 = {instancePath:instancePath+"/store/postgres",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: "$env"},message:"must have required property '"+"$env"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data3){
if(!(key2 === "$env")){
const err10 = {instancePath:instancePath+"/store/postgres",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.$env !== undefined){
let data4 = data3.$env;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err11 = {instancePath:instancePath+"/store/postgres/$env",schemaPath:"#/$defs/envRef/properties/%24env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/store/postgres/$env",schemaPath:"#/$defs/envRef/properties/%24env/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/store/postgres",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err14 = {instancePath:instancePath+"/store/postgres",schemaPath:"#/properties/store/properties/postgres/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data1.schema !== undefined){
let data5 = data1.schema;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err15 = {instancePath:instancePath+"/store/schema",schemaPath:"#/properties/store/properties/schema/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_]{0,62}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/store/schema",schemaPath:"#/properties/store/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.migrate !== undefined){
if(typeof data1.migrate !== "boolean"){
const err17 = {instancePath:instancePath+"/store/migrate",schemaPath:"#/properties/store/properties/migrate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.poolSize !== undefined){
let data7 = data1.poolSize;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err18 = {instancePath:instancePath+"/store/poolSize",schemaPath:"#/properties/store/properties/poolSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 1000 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/store/poolSize",schemaPath:"#/properties/store/properties/poolSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/store/poolSize",schemaPath:"#/properties/store/properties/poolSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.plugins !== undefined){
let data8 = data.plugins;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data8[i0], {instancePath:instancePath+"/plugins/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.connectors !== undefined){
let data10 = data.connectors;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.tld === undefined){
const err23 = {instancePath:instancePath+"/connectors/" + i1,schemaPath:"#/$defs/connector/required",keyword:"required",params:{missingProperty: "tld"},message:"must have required property '"+"tld"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data11.plugin === undefined){
const err24 = {instancePath:instancePath+"/connectors/" + i1,schemaPath:"#/$defs/connector/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data11){
if(!(((((key3 === "name") || (key3 === "tld")) || (key3 === "plugin")) || (key3 === "modes")) || (key3 === "flags"))){
const err25 = {instancePath:instancePath+"/connectors/" + i1,schemaPath:"#/$defs/connector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data11.name !== undefined){
if(typeof data11.name !== "string"){
const err26 = {instancePath:instancePath+"/connectors/" + i1+"/name",schemaPath:"#/$defs/connector/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.tld !== undefined){
let data13 = data11.tld;
if(typeof data13 === "string"){
if(!pattern8.test(data13)){
const err27 = {instancePath:instancePath+"/connectors/" + i1+"/tld",schemaPath:"#/$defs/connector/properties/tld/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+(\\.[a-z0-9-]+)*$"},message:"must match pattern \""+"^[a-z0-9-]+(\\.[a-z0-9-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/connectors/" + i1+"/tld",schemaPath:"#/$defs/connector/properties/tld/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.plugin !== undefined){
if(typeof data11.plugin !== "string"){
const err29 = {instancePath:instancePath+"/connectors/" + i1+"/plugin",schemaPath:"#/$defs/connector/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.modes !== undefined){
let data15 = data11.modes;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key4 in data15){
if(!((((key4 === "register") || (key4 === "renew")) || (key4 === "transfer")) || (key4 === "cancel"))){
const err30 = {instancePath:instancePath+"/connectors/" + i1+"/modes",schemaPath:"#/$defs/connector/properties/modes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.register !== undefined){
let data16 = data15.register;
if(!(((data16 === "auto") || (data16 === "manual")) || (data16 === "unsupported"))){
const err31 = {instancePath:instancePath+"/connectors/" + i1+"/modes/register",schemaPath:"#/$defs/connector/properties/modes/properties/register/enum",keyword:"enum",params:{allowedValues: schema35.properties.modes.properties.register.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.renew !== undefined){
let data17 = data15.renew;
if(!(((data17 === "auto") || (data17 === "manual")) || (data17 === "unsupported"))){
const err32 = {instancePath:instancePath+"/connectors/" + i1+"/modes/renew",schemaPath:"#/$defs/connector/properties/modes/properties/renew/enum",keyword:"enum",params:{allowedValues: schema35.properties.modes.properties.renew.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data15.transfer !== undefined){
let data18 = data15.transfer;
if(!(((data18 === "auto") || (data18 === "manual")) || (data18 === "unsupported"))){
const err33 = {instancePath:instancePath+"/connectors/" + i1+"/modes/transfer",schemaPath:"#/$defs/connector/properties/modes/properties/transfer/enum",keyword:"enum",params:{allowedValues: schema35.properties.modes.properties.transfer.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data15.cancel !== undefined){
let data19 = data15.cancel;
if(!(((data19 === "auto") || (data19 === "manual")) || (data19 === "unsupported"))){
const err34 = {instancePath:instancePath+"/connectors/" + i1+"/modes/cancel",schemaPath:"#/$defs/connector/properties/modes/properties/cancel/enum",keyword:"enum",params:{allowedValues: schema35.properties.modes.properties.cancel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/connectors/" + i1+"/modes",schemaPath:"#/$defs/connector/properties/modes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.flags !== undefined){
let data20 = data11.flags;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key5 in data20){
if(!((((((key5 === "editNameservers") || (key5 === "manageContacts")) || (key5 === "registrarLock")) || (key5 === "transferKey")) || (key5 === "transferUsesProviderNameservers")) || (key5 === "whoisPrivacy"))){
const err36 = {instancePath:instancePath+"/connectors/" + i1+"/flags",schemaPath:"#/$defs/connector/properties/flags/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data20.editNameservers !== undefined){
if(typeof data20.editNameservers !== "boolean"){
const err37 = {instancePath:instancePath+"/connectors/" + i1+"/flags/editNameservers",schemaPath:"#/$defs/connector/properties/flags/properties/editNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data20.manageContacts !== undefined){
if(typeof data20.manageContacts !== "boolean"){
const err38 = {instancePath:instancePath+"/connectors/" + i1+"/flags/manageContacts",schemaPath:"#/$defs/connector/properties/flags/properties/manageContacts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data20.registrarLock !== undefined){
if(typeof data20.registrarLock !== "boolean"){
const err39 = {instancePath:instancePath+"/connectors/" + i1+"/flags/registrarLock",schemaPath:"#/$defs/connector/properties/flags/properties/registrarLock/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data20.transferKey !== undefined){
if(typeof data20.transferKey !== "boolean"){
const err40 = {instancePath:instancePath+"/connectors/" + i1+"/flags/transferKey",schemaPath:"#/$defs/connector/properties/flags/properties/transferKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data20.transferUsesProviderNameservers !== undefined){
if(typeof data20.transferUsesProviderNameservers !== "boolean"){
const err41 = {instancePath:instancePath+"/connectors/" + i1+"/flags/transferUsesProviderNameservers",schemaPath:"#/$defs/connector/properties/flags/properties/transferUsesProviderNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data20.whoisPrivacy !== undefined){
if(typeof data20.whoisPrivacy !== "boolean"){
const err42 = {instancePath:instancePath+"/connectors/" + i1+"/flags/whoisPrivacy",schemaPath:"#/$defs/connector/properties/flags/properties/whoisPrivacy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/connectors/" + i1+"/flags",schemaPath:"#/$defs/connector/properties/flags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/connectors/" + i1,schemaPath:"#/$defs/connector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/connectors",schemaPath:"#/properties/connectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.mail !== undefined){
let data27 = data.mail;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key6 in data27){
if(!((key6 === "smtpUrl") || (key6 === "from"))){
const err46 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data27.smtpUrl !== undefined){
let data28 = data27.smtpUrl;
const _errs66 = errors;
let valid14 = false;
const _errs67 = errors;
if(typeof data28 !== "string"){
const err47 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/properties/mail/properties/smtpUrl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid1 = _errs67 === errors;
valid14 = valid14 || _valid1;
const _errs69 = errors;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.$env === undefined){
const err48 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: "$env"},message:"must have required property '"+"$env"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key7 in data28){
if(!(key7 === "$env")){
const err49 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data28.$env !== undefined){
let data29 = data28.$env;
if(typeof data29 === "string"){
if(!pattern4.test(data29)){
const err50 = {instancePath:instancePath+"/mail/smtpUrl/$env",schemaPath:"#/$defs/envRef/properties/%24env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/mail/smtpUrl/$env",schemaPath:"#/$defs/envRef/properties/%24env/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid1 = _errs69 === errors;
valid14 = valid14 || _valid1;
if(!valid14){
const err53 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/properties/mail/properties/smtpUrl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
if(data27.from !== undefined){
if(typeof data27.from !== "string"){
const err54 = {instancePath:instancePath+"/mail/from",schemaPath:"#/properties/mail/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.inbound !== undefined){
let data31 = data.inbound;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key8 in data31){
if(!(key8 === "smtp")){
const err56 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data31.smtp !== undefined){
let data32 = data31.smtp;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.port === undefined){
const err57 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key9 in data32){
if(!((key9 === "host") || (key9 === "port"))){
const err58 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data32.host !== undefined){
if(typeof data32.host !== "string"){
const err59 = {instancePath:instancePath+"/inbound/smtp/host",schemaPath:"#/properties/inbound/properties/smtp/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data32.port !== undefined){
let data34 = data32.port;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
const err60 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(typeof data34 == "number"){
if(data34 > 65535 || isNaN(data34)){
const err61 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err62 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.renewals !== undefined){
let data35 = data.renewals;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key10 in data35){
if(!((((key10 === "daysBefore") || (key10 === "perTld")) || (key10 === "holdHours")) || (key10 === "period"))){
const err65 = {instancePath:instancePath+"/renewals",schemaPath:"#/properties/renewals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data35.daysBefore !== undefined){
let data36 = data35.daysBefore;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err66 = {instancePath:instancePath+"/renewals/daysBefore",schemaPath:"#/properties/renewals/properties/daysBefore/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data36 == "number"){
if(data36 > 3650 || isNaN(data36)){
const err67 = {instancePath:instancePath+"/renewals/daysBefore",schemaPath:"#/properties/renewals/properties/daysBefore/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data36 < 0 || isNaN(data36)){
const err68 = {instancePath:instancePath+"/renewals/daysBefore",schemaPath:"#/properties/renewals/properties/daysBefore/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data35.perTld !== undefined){
let data37 = data35.perTld;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key11 in data37){
let data38 = data37[key11];
if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){
const err69 = {instancePath:instancePath+"/renewals/perTld/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/renewals/properties/perTld/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(typeof data38 == "number"){
if(data38 > 3650 || isNaN(data38)){
const err70 = {instancePath:instancePath+"/renewals/perTld/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/renewals/properties/perTld/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data38 < 0 || isNaN(data38)){
const err71 = {instancePath:instancePath+"/renewals/perTld/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/renewals/properties/perTld/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/renewals/perTld",schemaPath:"#/properties/renewals/properties/perTld/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data35.holdHours !== undefined){
let data39 = data35.holdHours;
if(typeof data39 == "number"){
if(data39 > 8760 || isNaN(data39)){
const err73 = {instancePath:instancePath+"/renewals/holdHours",schemaPath:"#/properties/renewals/properties/holdHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data39 < 0 || isNaN(data39)){
const err74 = {instancePath:instancePath+"/renewals/holdHours",schemaPath:"#/properties/renewals/properties/holdHours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/renewals/holdHours",schemaPath:"#/properties/renewals/properties/holdHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data35.period !== undefined){
let data40 = data35.period;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err76 = {instancePath:instancePath+"/renewals/period",schemaPath:"#/properties/renewals/properties/period/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(typeof data40 == "number"){
if(data40 > 10 || isNaN(data40)){
const err77 = {instancePath:instancePath+"/renewals/period",schemaPath:"#/properties/renewals/properties/period/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data40 < 1 || isNaN(data40)){
const err78 = {instancePath:instancePath+"/renewals/period",schemaPath:"#/properties/renewals/properties/period/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
}
else {
const err79 = {instancePath:instancePath+"/renewals",schemaPath:"#/properties/renewals/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.tracker !== undefined){
let data41 = data.tracker;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key12 in data41){
if(!((key12 === "leaseSeconds") || (key12 === "batchSize"))){
const err80 = {instancePath:instancePath+"/tracker",schemaPath:"#/properties/tracker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data41.leaseSeconds !== undefined){
let data42 = data41.leaseSeconds;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err81 = {instancePath:instancePath+"/tracker/leaseSeconds",schemaPath:"#/properties/tracker/properties/leaseSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(typeof data42 == "number"){
if(data42 < 1 || isNaN(data42)){
const err82 = {instancePath:instancePath+"/tracker/leaseSeconds",schemaPath:"#/properties/tracker/properties/leaseSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data41.batchSize !== undefined){
let data43 = data41.batchSize;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err83 = {instancePath:instancePath+"/tracker/batchSize",schemaPath:"#/properties/tracker/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(typeof data43 == "number"){
if(data43 < 1 || isNaN(data43)){
const err84 = {instancePath:instancePath+"/tracker/batchSize",schemaPath:"#/properties/tracker/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
else {
const err85 = {instancePath:instancePath+"/tracker",schemaPath:"#/properties/tracker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.webhooks !== undefined){
let data44 = data.webhooks;
if(Array.isArray(data44)){
const len2 = data44.length;
for(let i2=0; i2<len2; i2++){
if(!(validate23(data44[i2], {instancePath:instancePath+"/webhooks/" + i2,parentData:data44,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err86 = {instancePath:instancePath+"/webhooks",schemaPath:"#/properties/webhooks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.orders !== undefined){
let data46 = data.orders;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key13 in data46){
if(!((key13 === "providerCustomerIds") || (key13 === "requireForCustomers"))){
const err87 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data46.providerCustomerIds !== undefined){
let data47 = data46.providerCustomerIds;
if(Array.isArray(data47)){
if(data47.length > 1000){
const err88 = {instancePath:instancePath+"/orders/providerCustomerIds",schemaPath:"#/properties/orders/properties/providerCustomerIds/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
const len3 = data47.length;
for(let i3=0; i3<len3; i3++){
let data48 = data47[i3];
if(typeof data48 === "string"){
if(func2(data48) > 200){
const err89 = {instancePath:instancePath+"/orders/providerCustomerIds/" + i3,schemaPath:"#/properties/orders/properties/providerCustomerIds/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(func2(data48) < 1){
const err90 = {instancePath:instancePath+"/orders/providerCustomerIds/" + i3,schemaPath:"#/properties/orders/properties/providerCustomerIds/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/orders/providerCustomerIds/" + i3,schemaPath:"#/properties/orders/properties/providerCustomerIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
let i4 = data47.length;
let j0;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data47[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err92 = {instancePath:instancePath+"/orders/providerCustomerIds",schemaPath:"#/properties/orders/properties/providerCustomerIds/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err93 = {instancePath:instancePath+"/orders/providerCustomerIds",schemaPath:"#/properties/orders/properties/providerCustomerIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data46.requireForCustomers !== undefined){
if(typeof data46.requireForCustomers !== "boolean"){
const err94 = {instancePath:instancePath+"/orders/requireForCustomers",schemaPath:"#/properties/orders/properties/requireForCustomers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/orders",schemaPath:"#/properties/orders/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.dns !== undefined){
let data50 = data.dns;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key14 in data50){
if(!((((key14 === "test") || (key14 === "servers")) || (key14 === "timeoutMs")) || (key14 === "port"))){
const err96 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data50.test !== undefined){
let data51 = data50.test;
if(!(((data51 === "probe") || (data51 === "manual")) || (data51 === "registrar"))){
const err97 = {instancePath:instancePath+"/dns/test",schemaPath:"#/properties/dns/properties/test/enum",keyword:"enum",params:{allowedValues: schema31.properties.dns.properties.test.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data50.servers !== undefined){
let data52 = data50.servers;
if(Array.isArray(data52)){
if(data52.length > 10){
const err98 = {instancePath:instancePath+"/dns/servers",schemaPath:"#/properties/dns/properties/servers/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
const len4 = data52.length;
for(let i5=0; i5<len4; i5++){
let data53 = data52[i5];
if(typeof data53 === "string"){
if(func2(data53) > 100){
const err99 = {instancePath:instancePath+"/dns/servers/" + i5,schemaPath:"#/properties/dns/properties/servers/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(func2(data53) < 1){
const err100 = {instancePath:instancePath+"/dns/servers/" + i5,schemaPath:"#/properties/dns/properties/servers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/dns/servers/" + i5,schemaPath:"#/properties/dns/properties/servers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/dns/servers",schemaPath:"#/properties/dns/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data50.timeoutMs !== undefined){
let data54 = data50.timeoutMs;
if(!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))){
const err103 = {instancePath:instancePath+"/dns/timeoutMs",schemaPath:"#/properties/dns/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(typeof data54 == "number"){
if(data54 > 60000 || isNaN(data54)){
const err104 = {instancePath:instancePath+"/dns/timeoutMs",schemaPath:"#/properties/dns/properties/timeoutMs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data54 < 50 || isNaN(data54)){
const err105 = {instancePath:instancePath+"/dns/timeoutMs",schemaPath:"#/properties/dns/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 50},message:"must be >= 50"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
if(data50.port !== undefined){
let data55 = data50.port;
if(!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))){
const err106 = {instancePath:instancePath+"/dns/port",schemaPath:"#/properties/dns/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(typeof data55 == "number"){
if(data55 > 65535 || isNaN(data55)){
const err107 = {instancePath:instancePath+"/dns/port",schemaPath:"#/properties/dns/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data55 < 1 || isNaN(data55)){
const err108 = {instancePath:instancePath+"/dns/port",schemaPath:"#/properties/dns/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
}
else {
const err109 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
