/* Generated from config.schema.json by scripts/generate-config-validator.mjs. Do not edit. */
// @ts-nocheck
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';

// The generated code loads ajv's small run-time helpers (string length, deep equality) with require.
const require = createRequire(import.meta.url);

export const validateConfigSchema = validate20 as unknown as ValidateFunction;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://registrar-kit.dev/schemas/host-config-1.json","title":"RegistrarKitConfig","description":"registrar-kit host configuration: plugin instances, per-TLD connectors, the store. Secrets are written as {\"$env\": \"NAME\"} and read from the environment.","type":"object","additionalProperties":false,"required":["plugins","connectors"],"properties":{"$schema":{"type":"string"},"store":{"type":"object","additionalProperties":false,"properties":{"sqlite":{"type":"string","minLength":1,"description":"SQLite file path (relative to the config file) or :memory:."},"postgres":{"description":"PostgreSQL connection URL (postgres://user:password@host:5432/db?sslmode=require), usually {\"$env\": \"NAME\"}. Several hosts may share the database.","anyOf":[{"type":"string","minLength":1},{"$ref":"#/$defs/envRef"}]},"schema":{"type":"string","pattern":"^[a-z_][a-z0-9_]{0,62}$","description":"PostgreSQL schema holding the tables (default public)."},"migrate":{"type":"boolean","description":"PostgreSQL: apply pending migrations when the host opens the store (default false: run `registrar-kit store migrate` instead)."},"poolSize":{"type":"integer","minimum":1,"maximum":1000,"description":"PostgreSQL: connections in this host's pool (default 10)."}},"description":"Where the host keeps its state: a SQLite file (the default, one machine) or a PostgreSQL database several hosts share."},"plugins":{"type":"array","items":{"$ref":"#/$defs/plugin"}},"connectors":{"type":"array","items":{"$ref":"#/$defs/connector"}},"mail":{"type":"object","additionalProperties":false,"properties":{"smtpUrl":{"description":"Outbound SMTP relay URL (smtp://host:port).","anyOf":[{"type":"string"},{"$ref":"#/$defs/envRef"}]},"from":{"type":"string"}}},"inbound":{"type":"object","additionalProperties":false,"properties":{"smtp":{"type":"object","additionalProperties":false,"required":["port"],"properties":{"host":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535}}}}},"tracker":{"type":"object","additionalProperties":false,"properties":{"leaseSeconds":{"type":"integer","minimum":1},"batchSize":{"type":"integer","minimum":1}}}},"$defs":{"envRef":{"type":"object","additionalProperties":false,"required":["$env"],"properties":{"$env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"plugin":{"type":"object","additionalProperties":false,"required":["name","package"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Instance name, unique; two instances of one plugin (two reseller accounts) have two names."},"package":{"type":"string","minLength":1,"description":"npm package name, or a path relative to the config file."},"settings":{"type":"object","description":"Validated against the plugin manifest's settings schema. Secret values as {\"$env\": \"NAME\"}."},"inbound":{"type":"object","additionalProperties":false,"properties":{"address":{"type":"string","description":"The address registrar mail for this instance is sent to (AutoDNS reply_to, R01 replies)."},"allowedSenders":{"type":"array","items":{"type":"string"}},"requireDkim":{"type":"boolean"}}},"mailFrom":{"type":"string","description":"From address for this instance's outbound registrar mail."}}},"connector":{"type":"object","additionalProperties":false,"required":["tld","plugin"],"properties":{"name":{"type":"string","description":"Defaults to the TLD."},"tld":{"type":"string","pattern":"^[a-z0-9-]+(\\.[a-z0-9-]+)*$","description":"Without the leading dot; IDN TLDs in A-label form (xn--p1ai)."},"plugin":{"type":"string","description":"A plugin instance name."},"modes":{"type":"object","additionalProperties":false,"properties":{"register":{"enum":["auto","manual","unsupported"]},"renew":{"enum":["auto","manual","unsupported"]},"transfer":{"enum":["auto","manual","unsupported"]},"cancel":{"enum":["auto","manual","unsupported"]}}},"flags":{"type":"object","additionalProperties":false,"properties":{"editNameservers":{"type":"boolean"},"manageContacts":{"type":"boolean"},"registrarLock":{"type":"boolean"},"transferKey":{"type":"boolean"},"transferUsesProviderNameservers":{"type":"boolean"},"whoisPrivacy":{"type":"boolean"}}}}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["$env"],"properties":{"$env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}};
const schema33 = {"type":"object","additionalProperties":false,"required":["name","package"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Instance name, unique; two instances of one plugin (two reseller accounts) have two names."},"package":{"type":"string","minLength":1,"description":"npm package name, or a path relative to the config file."},"settings":{"type":"object","description":"Validated against the plugin manifest's settings schema. Secret values as {\"$env\": \"NAME\"}."},"inbound":{"type":"object","additionalProperties":false,"properties":{"address":{"type":"string","description":"The address registrar mail for this instance is sent to (AutoDNS reply_to, R01 replies)."},"allowedSenders":{"type":"array","items":{"type":"string"}},"requireDkim":{"type":"boolean"}}},"mailFrom":{"type":"string","description":"From address for this instance's outbound registrar mail."}}};
const schema34 = {"type":"object","additionalProperties":false,"required":["tld","plugin"],"properties":{"name":{"type":"string","description":"Defaults to the TLD."},"tld":{"type":"string","pattern":"^[a-z0-9-]+(\\.[a-z0-9-]+)*$","description":"Without the leading dot; IDN TLDs in A-label form (xn--p1ai)."},"plugin":{"type":"string","description":"A plugin instance name."},"modes":{"type":"object","additionalProperties":false,"properties":{"register":{"enum":["auto","manual","unsupported"]},"renew":{"enum":["auto","manual","unsupported"]},"transfer":{"enum":["auto","manual","unsupported"]},"cancel":{"enum":["auto","manual","unsupported"]}}},"flags":{"type":"object","additionalProperties":false,"properties":{"editNameservers":{"type":"boolean"},"manageContacts":{"type":"boolean"},"registrarLock":{"type":"boolean"},"transferKey":{"type":"boolean"},"transferUsesProviderNameservers":{"type":"boolean"},"whoisPrivacy":{"type":"boolean"}}}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern5 = new RegExp("^[a-z_][a-z0-9_]{0,62}$", "u");
const pattern6 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern7 = new RegExp("^[a-z0-9-]+(\\.[a-z0-9-]+)*$", "u");

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
if(!(((((((key0 === "$schema") || (key0 === "store")) || (key0 === "plugins")) || (key0 === "connectors")) || (key0 === "mail")) || (key0 === "inbound")) || (key0 === "tracker"))){
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
if(func1(data2) < 1){
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
if(func1(data3) < 1){
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
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err22 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data9.package === undefined){
const err23 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data9){
if(!(((((key3 === "name") || (key3 === "package")) || (key3 === "settings")) || (key3 === "inbound")) || (key3 === "mailFrom"))){
const err24 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err25 = {instancePath:instancePath+"/plugins/" + i0+"/name",schemaPath:"#/$defs/plugin/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/plugins/" + i0+"/name",schemaPath:"#/$defs/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.package !== undefined){
let data11 = data9.package;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err27 = {instancePath:instancePath+"/plugins/" + i0+"/package",schemaPath:"#/$defs/plugin/properties/package/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err28 = {instancePath:instancePath+"/plugins/" + i0+"/package",schemaPath:"#/$defs/plugin/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.settings !== undefined){
let data12 = data9.settings;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err29 = {instancePath:instancePath+"/plugins/" + i0+"/settings",schemaPath:"#/$defs/plugin/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data9.inbound !== undefined){
let data13 = data9.inbound;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key4 in data13){
if(!(((key4 === "address") || (key4 === "allowedSenders")) || (key4 === "requireDkim"))){
const err30 = {instancePath:instancePath+"/plugins/" + i0+"/inbound",schemaPath:"#/$defs/plugin/properties/inbound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.address !== undefined){
if(typeof data13.address !== "string"){
const err31 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/address",schemaPath:"#/$defs/plugin/properties/inbound/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data13.allowedSenders !== undefined){
let data15 = data13.allowedSenders;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(typeof data15[i1] !== "string"){
const err32 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/allowedSenders/" + i1,schemaPath:"#/$defs/plugin/properties/inbound/properties/allowedSenders/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/allowedSenders",schemaPath:"#/$defs/plugin/properties/inbound/properties/allowedSenders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.requireDkim !== undefined){
if(typeof data13.requireDkim !== "boolean"){
const err34 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/requireDkim",schemaPath:"#/$defs/plugin/properties/inbound/properties/requireDkim/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err35 = {instancePath:instancePath+"/plugins/" + i0+"/inbound",schemaPath:"#/$defs/plugin/properties/inbound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.mailFrom !== undefined){
if(typeof data9.mailFrom !== "string"){
const err36 = {instancePath:instancePath+"/plugins/" + i0+"/mailFrom",schemaPath:"#/$defs/plugin/properties/mailFrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.connectors !== undefined){
let data19 = data.connectors;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.tld === undefined){
const err39 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/required",keyword:"required",params:{missingProperty: "tld"},message:"must have required property '"+"tld"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data20.plugin === undefined){
const err40 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key5 in data20){
if(!(((((key5 === "name") || (key5 === "tld")) || (key5 === "plugin")) || (key5 === "modes")) || (key5 === "flags"))){
const err41 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data20.name !== undefined){
if(typeof data20.name !== "string"){
const err42 = {instancePath:instancePath+"/connectors/" + i2+"/name",schemaPath:"#/$defs/connector/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data20.tld !== undefined){
let data22 = data20.tld;
if(typeof data22 === "string"){
if(!pattern7.test(data22)){
const err43 = {instancePath:instancePath+"/connectors/" + i2+"/tld",schemaPath:"#/$defs/connector/properties/tld/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+(\\.[a-z0-9-]+)*$"},message:"must match pattern \""+"^[a-z0-9-]+(\\.[a-z0-9-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/connectors/" + i2+"/tld",schemaPath:"#/$defs/connector/properties/tld/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data20.plugin !== undefined){
if(typeof data20.plugin !== "string"){
const err45 = {instancePath:instancePath+"/connectors/" + i2+"/plugin",schemaPath:"#/$defs/connector/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data20.modes !== undefined){
let data24 = data20.modes;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(!((((key6 === "register") || (key6 === "renew")) || (key6 === "transfer")) || (key6 === "cancel"))){
const err46 = {instancePath:instancePath+"/connectors/" + i2+"/modes",schemaPath:"#/$defs/connector/properties/modes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data24.register !== undefined){
let data25 = data24.register;
if(!(((data25 === "auto") || (data25 === "manual")) || (data25 === "unsupported"))){
const err47 = {instancePath:instancePath+"/connectors/" + i2+"/modes/register",schemaPath:"#/$defs/connector/properties/modes/properties/register/enum",keyword:"enum",params:{allowedValues: schema34.properties.modes.properties.register.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data24.renew !== undefined){
let data26 = data24.renew;
if(!(((data26 === "auto") || (data26 === "manual")) || (data26 === "unsupported"))){
const err48 = {instancePath:instancePath+"/connectors/" + i2+"/modes/renew",schemaPath:"#/$defs/connector/properties/modes/properties/renew/enum",keyword:"enum",params:{allowedValues: schema34.properties.modes.properties.renew.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data24.transfer !== undefined){
let data27 = data24.transfer;
if(!(((data27 === "auto") || (data27 === "manual")) || (data27 === "unsupported"))){
const err49 = {instancePath:instancePath+"/connectors/" + i2+"/modes/transfer",schemaPath:"#/$defs/connector/properties/modes/properties/transfer/enum",keyword:"enum",params:{allowedValues: schema34.properties.modes.properties.transfer.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data24.cancel !== undefined){
let data28 = data24.cancel;
if(!(((data28 === "auto") || (data28 === "manual")) || (data28 === "unsupported"))){
const err50 = {instancePath:instancePath+"/connectors/" + i2+"/modes/cancel",schemaPath:"#/$defs/connector/properties/modes/properties/cancel/enum",keyword:"enum",params:{allowedValues: schema34.properties.modes.properties.cancel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/connectors/" + i2+"/modes",schemaPath:"#/$defs/connector/properties/modes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data20.flags !== undefined){
let data29 = data20.flags;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key7 in data29){
if(!((((((key7 === "editNameservers") || (key7 === "manageContacts")) || (key7 === "registrarLock")) || (key7 === "transferKey")) || (key7 === "transferUsesProviderNameservers")) || (key7 === "whoisPrivacy"))){
const err52 = {instancePath:instancePath+"/connectors/" + i2+"/flags",schemaPath:"#/$defs/connector/properties/flags/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data29.editNameservers !== undefined){
if(typeof data29.editNameservers !== "boolean"){
const err53 = {instancePath:instancePath+"/connectors/" + i2+"/flags/editNameservers",schemaPath:"#/$defs/connector/properties/flags/properties/editNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data29.manageContacts !== undefined){
if(typeof data29.manageContacts !== "boolean"){
const err54 = {instancePath:instancePath+"/connectors/" + i2+"/flags/manageContacts",schemaPath:"#/$defs/connector/properties/flags/properties/manageContacts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data29.registrarLock !== undefined){
if(typeof data29.registrarLock !== "boolean"){
const err55 = {instancePath:instancePath+"/connectors/" + i2+"/flags/registrarLock",schemaPath:"#/$defs/connector/properties/flags/properties/registrarLock/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data29.transferKey !== undefined){
if(typeof data29.transferKey !== "boolean"){
const err56 = {instancePath:instancePath+"/connectors/" + i2+"/flags/transferKey",schemaPath:"#/$defs/connector/properties/flags/properties/transferKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data29.transferUsesProviderNameservers !== undefined){
if(typeof data29.transferUsesProviderNameservers !== "boolean"){
const err57 = {instancePath:instancePath+"/connectors/" + i2+"/flags/transferUsesProviderNameservers",schemaPath:"#/$defs/connector/properties/flags/properties/transferUsesProviderNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data29.whoisPrivacy !== undefined){
if(typeof data29.whoisPrivacy !== "boolean"){
const err58 = {instancePath:instancePath+"/connectors/" + i2+"/flags/whoisPrivacy",schemaPath:"#/$defs/connector/properties/flags/properties/whoisPrivacy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err59 = {instancePath:instancePath+"/connectors/" + i2+"/flags",schemaPath:"#/$defs/connector/properties/flags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/connectors",schemaPath:"#/properties/connectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.mail !== undefined){
let data36 = data.mail;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key8 in data36){
if(!((key8 === "smtpUrl") || (key8 === "from"))){
const err62 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data36.smtpUrl !== undefined){
let data37 = data36.smtpUrl;
const _errs88 = errors;
let valid19 = false;
const _errs89 = errors;
if(typeof data37 !== "string"){
const err63 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/properties/mail/properties/smtpUrl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid1 = _errs89 === errors;
valid19 = valid19 || _valid1;
const _errs91 = errors;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.$env === undefined){
const err64 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: "$env"},message:"must have required property '"+"$env"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key9 in data37){
if(!(key9 === "$env")){
const err65 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data37.$env !== undefined){
let data38 = data37.$env;
if(typeof data38 === "string"){
if(!pattern4.test(data38)){
const err66 = {instancePath:instancePath+"/mail/smtpUrl/$env",schemaPath:"#/$defs/envRef/properties/%24env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/mail/smtpUrl/$env",schemaPath:"#/$defs/envRef/properties/%24env/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid1 = _errs91 === errors;
valid19 = valid19 || _valid1;
if(!valid19){
const err69 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/properties/mail/properties/smtpUrl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
else {
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
}
}
if(data36.from !== undefined){
if(typeof data36.from !== "string"){
const err70 = {instancePath:instancePath+"/mail/from",schemaPath:"#/properties/mail/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.inbound !== undefined){
let data40 = data.inbound;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key10 in data40){
if(!(key10 === "smtp")){
const err72 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data40.smtp !== undefined){
let data41 = data40.smtp;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.port === undefined){
const err73 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key11 in data41){
if(!((key11 === "host") || (key11 === "port"))){
const err74 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data41.host !== undefined){
if(typeof data41.host !== "string"){
const err75 = {instancePath:instancePath+"/inbound/smtp/host",schemaPath:"#/properties/inbound/properties/smtp/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data41.port !== undefined){
let data43 = data41.port;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err76 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(typeof data43 == "number"){
if(data43 > 65535 || isNaN(data43)){
const err77 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data43 < 0 || isNaN(data43)){
const err78 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err79 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.tracker !== undefined){
let data44 = data.tracker;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key12 in data44){
if(!((key12 === "leaseSeconds") || (key12 === "batchSize"))){
const err81 = {instancePath:instancePath+"/tracker",schemaPath:"#/properties/tracker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data44.leaseSeconds !== undefined){
let data45 = data44.leaseSeconds;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err82 = {instancePath:instancePath+"/tracker/leaseSeconds",schemaPath:"#/properties/tracker/properties/leaseSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(typeof data45 == "number"){
if(data45 < 1 || isNaN(data45)){
const err83 = {instancePath:instancePath+"/tracker/leaseSeconds",schemaPath:"#/properties/tracker/properties/leaseSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data44.batchSize !== undefined){
let data46 = data44.batchSize;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err84 = {instancePath:instancePath+"/tracker/batchSize",schemaPath:"#/properties/tracker/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(typeof data46 == "number"){
if(data46 < 1 || isNaN(data46)){
const err85 = {instancePath:instancePath+"/tracker/batchSize",schemaPath:"#/properties/tracker/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
}
else {
const err86 = {instancePath:instancePath+"/tracker",schemaPath:"#/properties/tracker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
