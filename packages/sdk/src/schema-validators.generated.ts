/* Generated from manifest.schema.json and ajv's draft 2020-12 meta-schema by scripts/generate-validators.mjs. Do not edit. */
// @ts-nocheck
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';

// The generated code loads ajv's small run-time helpers (string length, deep equality) with require.
const require = createRequire(import.meta.url);

export const validateManifestSchema = validate20 as unknown as ValidateFunction;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://registrar-kit.dev/schemas/manifest-1.json","title":"RegistrarPluginManifest","description":"registrar-plugin.json: what a registrar-kit plugin can do, read and validated by the host before any plugin code runs. `settings` is the JSON Schema of the instance settings; mark secrets with writeOnly: true or x-secret: true.","type":"object","additionalProperties":false,"required":["manifestVersion","id","name","version","sdk","entry","transports","operations","settings"],"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, for editors."},"manifestVersion":{"const":1,"description":"Manifest format version. Hosts reject majors they do not know."},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{1,62}$","description":"Stable plugin id (kebab-case)."},"name":{"type":"string","minLength":1,"maxLength":100},"description":{"type":"string"},"version":{"type":"string","pattern":"^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$","description":"Equal to the package.json version."},"sdk":{"type":"string","minLength":1,"description":"Semver range of @registrar-kit/sdk this plugin is built for; must pin a major (e.g. ^0.1.0, ^1.2.0)."},"entry":{"type":"string","pattern":"^\\./","description":"Module path relative to the package root whose default export is definePlugin(...)."},"transports":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["https","soap","xml","json","email","webhook","epp"]}},"operations":{"type":"object","additionalProperties":false,"required":["checkAvailability","register","transfer","renew","cancel","updateNameservers","updateContacts","changeRegistrant","setRegistrarLock","getAuthCode","setWhoisPrivacy","setAutoRenew","setDnssec","info"],"description":"Every standard operation with its mode. The operations of sdk 0.1 are required; the later ones (host objects, restore, transfer-out, account listings) are optional and a missing one means unsupported. Declaring all of them makes the capability matrix honest.","properties":{"checkAvailability":{"$ref":"#/$defs/operationSpec"},"register":{"$ref":"#/$defs/operationSpec"},"transfer":{"$ref":"#/$defs/operationSpec"},"renew":{"$ref":"#/$defs/operationSpec"},"cancel":{"$ref":"#/$defs/operationSpec"},"updateNameservers":{"$ref":"#/$defs/operationSpec"},"updateContacts":{"$ref":"#/$defs/operationSpec"},"changeRegistrant":{"$ref":"#/$defs/operationSpec"},"setRegistrarLock":{"$ref":"#/$defs/operationSpec"},"getAuthCode":{"$ref":"#/$defs/operationSpec"},"setWhoisPrivacy":{"$ref":"#/$defs/operationSpec"},"setAutoRenew":{"$ref":"#/$defs/operationSpec"},"setDnssec":{"$ref":"#/$defs/operationSpec"},"info":{"$ref":"#/$defs/operationSpec"},"createHost":{"$ref":"#/$defs/operationSpec"},"updateHost":{"$ref":"#/$defs/operationSpec"},"deleteHost":{"$ref":"#/$defs/operationSpec"},"restore":{"$ref":"#/$defs/operationSpec"},"approveTransferOut":{"$ref":"#/$defs/operationSpec"},"rejectTransferOut":{"$ref":"#/$defs/operationSpec"},"resendTransferConfirmation":{"$ref":"#/$defs/operationSpec"},"listDomains":{"$ref":"#/$defs/operationSpec"},"listTlds":{"$ref":"#/$defs/operationSpec"}}},"customOperations":{"type":"object","description":"Plugin-specific operations (e.g. a DNS-template zone init), each with its input schema.","propertyNames":{"pattern":"^[a-z][a-zA-Z0-9]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["mode","input","description"],"properties":{"mode":{"enum":["auto","manual","unsupported"]},"completion":{"enum":["sync","poll","message"]},"reason":{"type":"string"},"description":{"type":"string","minLength":1},"input":{"$ref":"#/$defs/jsonSchema"}},"if":{"properties":{"mode":{"const":"auto"}}},"then":{"required":["completion"]}}},"features":{"type":"object","additionalProperties":false,"description":"Registrar features connector flags depend on (docs/host-guide.md, \"Connectors and modes\").","properties":{"editNameservers":{"type":"boolean"},"manageContacts":{"type":"boolean"},"registrarLock":{"type":"boolean"},"transferKey":{"type":"boolean"},"transferUsesProviderNameservers":{"type":"boolean"},"whoisPrivacy":{"type":"boolean"},"dnssec":{"type":"boolean"},"autoRenew":{"type":"boolean"},"idn":{"type":"boolean"}}},"polling":{"type":"object","additionalProperties":false,"required":["minIntervalSeconds","recommendedIntervalSeconds"],"description":"How the host may poll pending operations.","properties":{"minIntervalSeconds":{"type":"integer","minimum":1,"description":"Never poll one operation sooner than this (300 for the SOAP registrar)."},"recommendedIntervalSeconds":{"type":"integer","minimum":1,"description":"Back off toward this interval."},"batch":{"type":"boolean","default":false,"description":"One poll() call answers every pending ref of the instance."},"rateLimitPerSecond":{"type":"number","exclusiveMinimum":0,"description":"Maximum registrar requests per second for one plugin instance."},"maxPendingDays":{"type":"number","exclusiveMinimum":0,"description":"After this, a pending operation is escalated to a manual task."}}},"tlds":{"type":"object","description":"Rules per TLD (without the leading dot), or '*' for defaults.","propertyNames":{"pattern":"^(\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*)$"},"additionalProperties":{"$ref":"#/$defs/tldRules"}},"settings":{"$ref":"#/$defs/jsonSchema"},"network":{"type":"object","additionalProperties":false,"properties":{"allowedHosts":{"type":"array","items":{"type":"string","pattern":"^(\\*\\.)?[a-z0-9.-]+$"},"uniqueItems":true}}},"inbound":{"type":"object","additionalProperties":false,"description":"How registrar messages reach the plugin.","properties":{"mail":{"type":"boolean","description":"The plugin reads registrar mail through handleMessage."},"webhook":{"type":"boolean"}}},"conformance":{"type":"object","additionalProperties":false,"properties":{"suite":{"type":"string","description":"Semver range of @registrar-kit/conformance the cassettes were made for."},"bypass":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["check","reason"],"properties":{"check":{"enum":["manifest","scenarios","completion","unsupported-refuses","fault-timeout","fault-500","fault-503","fault-reset","fault-empty-body","fault-malformed-body","unused-exchanges","unrecorded-requests","secrets"]},"operation":{"type":"string"},"reason":{"type":"string","minLength":10}}}}}}},"$defs":{"operationSpec":{"type":"object","additionalProperties":false,"required":["mode"],"description":"How the plugin performs an operation.","properties":{"mode":{"enum":["auto","manual","unsupported"],"description":"auto: the plugin calls the registrar. manual: staff do it by hand (the host opens a manual task). unsupported: refused with UNSUPPORTED."},"completion":{"enum":["sync","poll","message"],"description":"How an auto operation finishes: at once (sync), through poll(), or through handleMessage() (mail / webhook). Required when mode is auto."},"reason":{"type":"string","minLength":1,"pattern":"^[a-z0-9][a-z0-9-]*$","description":"Why the mode is not auto, as a stable kebab-case code the host shows (e.g. renewed-by-registrar)."},"note":{"type":"string","description":"Free text for operators."}},"if":{"properties":{"mode":{"const":"auto"}}},"then":{"required":["mode","completion"]}},"jsonSchema":{"type":"object","description":"A JSON Schema (draft 2020-12).","tsType":"Record<string, unknown>"},"tldRules":{"type":"object","additionalProperties":false,"properties":{"registerPeriods":{"type":"array","items":{"type":"integer","minimum":1,"maximum":10},"minItems":1,"uniqueItems":true},"renewPeriods":{"type":"array","items":{"type":"integer","minimum":1,"maximum":10},"minItems":1,"uniqueItems":true},"nameservers":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"integer","minimum":0},"max":{"type":"integer","minimum":1}}},"dnsTestRequired":{"type":"boolean"},"authCodeRequired":{"type":"boolean","description":"Transfers need an auth (EPP) code."},"idn":{"type":"boolean","description":"Internationalized names allowed."},"extraFields":{"$ref":"#/$defs/jsonSchema"},"notes":{"type":"string"}},"description":"Rules for one TLD. extraFields is a JSON Schema for the registrant's extra fields under this TLD (e.g. .aero ids, Cyrillic names)."}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["mode"],"description":"How the plugin performs an operation.","properties":{"mode":{"enum":["auto","manual","unsupported"],"description":"auto: the plugin calls the registrar. manual: staff do it by hand (the host opens a manual task). unsupported: refused with UNSUPPORTED."},"completion":{"enum":["sync","poll","message"],"description":"How an auto operation finishes: at once (sync), through poll(), or through handleMessage() (mail / webhook). Required when mode is auto."},"reason":{"type":"string","minLength":1,"pattern":"^[a-z0-9][a-z0-9-]*$","description":"Why the mode is not auto, as a stable kebab-case code the host shows (e.g. renewed-by-registrar)."},"note":{"type":"string","description":"Free text for operators."}},"if":{"properties":{"mode":{"const":"auto"}}},"then":{"required":["mode","completion"]}};
const schema55 = {"type":"object","description":"A JSON Schema (draft 2020-12).","tsType":"Record<string, unknown>"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{1,62}$", "u");
const pattern5 = new RegExp("^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$", "u");
const pattern6 = new RegExp("^\\./", "u");
const pattern7 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern30 = new RegExp("^[a-z][a-zA-Z0-9]*$", "u");
const pattern31 = new RegExp("^(\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*)$", "u");
const pattern32 = new RegExp("^(\\*\\.)?[a-z0-9.-]+$", "u");
const schema56 = {"type":"object","additionalProperties":false,"properties":{"registerPeriods":{"type":"array","items":{"type":"integer","minimum":1,"maximum":10},"minItems":1,"uniqueItems":true},"renewPeriods":{"type":"array","items":{"type":"integer","minimum":1,"maximum":10},"minItems":1,"uniqueItems":true},"nameservers":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"integer","minimum":0},"max":{"type":"integer","minimum":1}}},"dnsTestRequired":{"type":"boolean"},"authCodeRequired":{"type":"boolean","description":"Transfers need an auth (EPP) code."},"idn":{"type":"boolean","description":"Internationalized names allowed."},"extraFields":{"$ref":"#/$defs/jsonSchema"},"notes":{"type":"string"}},"description":"Rules for one TLD. extraFields is a JSON Schema for the registrant's extra fields under this TLD (e.g. .aero ids, Cyrillic names)."};

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
for(const key0 in data){
if(!((((((((key0 === "registerPeriods") || (key0 === "renewPeriods")) || (key0 === "nameservers")) || (key0 === "dnsTestRequired")) || (key0 === "authCodeRequired")) || (key0 === "idn")) || (key0 === "extraFields")) || (key0 === "notes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.registerPeriods !== undefined){
let data0 = data.registerPeriods;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/registerPeriods",schemaPath:"#/properties/registerPeriods/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/registerPeriods/" + i0,schemaPath:"#/properties/registerPeriods/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 10 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/registerPeriods/" + i0,schemaPath:"#/properties/registerPeriods/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/registerPeriods/" + i0,schemaPath:"#/properties/registerPeriods/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(!((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/registerPeriods",schemaPath:"#/properties/registerPeriods/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err6 = {instancePath:instancePath+"/registerPeriods",schemaPath:"#/properties/registerPeriods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.renewPeriods !== undefined){
let data2 = data.renewPeriods;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/renewPeriods",schemaPath:"#/properties/renewPeriods/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err8 = {instancePath:instancePath+"/renewPeriods/" + i2,schemaPath:"#/properties/renewPeriods/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 10 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/renewPeriods/" + i2,schemaPath:"#/properties/renewPeriods/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/renewPeriods/" + i2,schemaPath:"#/properties/renewPeriods/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
let i3 = data2.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data2[i3];
if(!((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1)))){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err11 = {instancePath:instancePath+"/renewPeriods",schemaPath:"#/properties/renewPeriods/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err12 = {instancePath:instancePath+"/renewPeriods",schemaPath:"#/properties/renewPeriods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.nameservers !== undefined){
let data4 = data.nameservers;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((key1 === "min") || (key1 === "max"))){
const err13 = {instancePath:instancePath+"/nameservers",schemaPath:"#/properties/nameservers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.min !== undefined){
let data5 = data4.min;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err14 = {instancePath:instancePath+"/nameservers/min",schemaPath:"#/properties/nameservers/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/nameservers/min",schemaPath:"#/properties/nameservers/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data4.max !== undefined){
let data6 = data4.max;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err16 = {instancePath:instancePath+"/nameservers/max",schemaPath:"#/properties/nameservers/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 1 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/nameservers/max",schemaPath:"#/properties/nameservers/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/nameservers",schemaPath:"#/properties/nameservers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.dnsTestRequired !== undefined){
if(typeof data.dnsTestRequired !== "boolean"){
const err19 = {instancePath:instancePath+"/dnsTestRequired",schemaPath:"#/properties/dnsTestRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.authCodeRequired !== undefined){
if(typeof data.authCodeRequired !== "boolean"){
const err20 = {instancePath:instancePath+"/authCodeRequired",schemaPath:"#/properties/authCodeRequired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.idn !== undefined){
if(typeof data.idn !== "boolean"){
const err21 = {instancePath:instancePath+"/idn",schemaPath:"#/properties/idn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.extraFields !== undefined){
let data10 = data.extraFields;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err22 = {instancePath:instancePath+"/extraFields",schemaPath:"#/$defs/jsonSchema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.notes !== undefined){
if(typeof data.notes !== "string"){
const err23 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://registrar-kit.dev/schemas/manifest-1.json" */;
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
if(data.manifestVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifestVersion"},message:"must have required property '"+"manifestVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sdk === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sdk"},message:"must have required property '"+"sdk"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.entry === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entry"},message:"must have required property '"+"entry"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.transports === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transports"},message:"must have required property '"+"transports"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.operations === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operations"},message:"must have required property '"+"operations"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.settings === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err10 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.manifestVersion !== undefined){
if(1 !== data.manifestVersion){
const err11 = {instancePath:instancePath+"/manifestVersion",schemaPath:"#/properties/manifestVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{1,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{1,62}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data3) < 1){
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.version !== undefined){
let data5 = data.version;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err18 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$"+"\""};
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
const err19 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.sdk !== undefined){
let data6 = data.sdk;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err20 = {instancePath:instancePath+"/sdk",schemaPath:"#/properties/sdk/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/sdk",schemaPath:"#/properties/sdk/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.entry !== undefined){
let data7 = data.entry;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err22 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/pattern",keyword:"pattern",params:{pattern: "^\\./"},message:"must match pattern \""+"^\\./"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.transports !== undefined){
let data8 = data.transports;
if(Array.isArray(data8)){
if(data8.length < 1){
const err24 = {instancePath:instancePath+"/transports",schemaPath:"#/properties/transports/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(!(((((((data9 === "https") || (data9 === "soap")) || (data9 === "xml")) || (data9 === "json")) || (data9 === "email")) || (data9 === "webhook")) || (data9 === "epp"))){
const err25 = {instancePath:instancePath+"/transports/" + i0,schemaPath:"#/properties/transports/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.transports.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data8[i1], data8[j0])){
const err26 = {instancePath:instancePath+"/transports",schemaPath:"#/properties/transports/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/transports",schemaPath:"#/properties/transports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.operations !== undefined){
let data10 = data.operations;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.checkAvailability === undefined){
const err28 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "checkAvailability"},message:"must have required property '"+"checkAvailability"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.register === undefined){
const err29 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "register"},message:"must have required property '"+"register"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data10.transfer === undefined){
const err30 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "transfer"},message:"must have required property '"+"transfer"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.renew === undefined){
const err31 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "renew"},message:"must have required property '"+"renew"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10.cancel === undefined){
const err32 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "cancel"},message:"must have required property '"+"cancel"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data10.updateNameservers === undefined){
const err33 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "updateNameservers"},message:"must have required property '"+"updateNameservers"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data10.updateContacts === undefined){
const err34 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "updateContacts"},message:"must have required property '"+"updateContacts"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data10.changeRegistrant === undefined){
const err35 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "changeRegistrant"},message:"must have required property '"+"changeRegistrant"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data10.setRegistrarLock === undefined){
const err36 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "setRegistrarLock"},message:"must have required property '"+"setRegistrarLock"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data10.getAuthCode === undefined){
const err37 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "getAuthCode"},message:"must have required property '"+"getAuthCode"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10.setWhoisPrivacy === undefined){
const err38 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "setWhoisPrivacy"},message:"must have required property '"+"setWhoisPrivacy"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data10.setAutoRenew === undefined){
const err39 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "setAutoRenew"},message:"must have required property '"+"setAutoRenew"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data10.setDnssec === undefined){
const err40 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "setDnssec"},message:"must have required property '"+"setDnssec"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data10.info === undefined){
const err41 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/required",keyword:"required",params:{missingProperty: "info"},message:"must have required property '"+"info"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key1 in data10){
if(!(func1.call(schema31.properties.operations.properties, key1))){
const err42 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.checkAvailability !== undefined){
let data11 = data10.checkAvailability;
const _errs26 = errors;
let valid6 = true;
const _errs27 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.mode !== undefined){
if("auto" !== data11.mode){
const err43 = {};
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
var _valid0 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs29 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.mode === undefined){
const err44 = {instancePath:instancePath+"/operations/checkAvailability",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data11.completion === undefined){
const err45 = {instancePath:instancePath+"/operations/checkAvailability",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var _valid0 = _errs29 === errors;
valid6 = _valid0;
}
if(!valid6){
const err46 = {instancePath:instancePath+"/operations/checkAvailability",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.mode === undefined){
const err47 = {instancePath:instancePath+"/operations/checkAvailability",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key2 in data11){
if(!((((key2 === "mode") || (key2 === "completion")) || (key2 === "reason")) || (key2 === "note"))){
const err48 = {instancePath:instancePath+"/operations/checkAvailability",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data11.mode !== undefined){
let data13 = data11.mode;
if(!(((data13 === "auto") || (data13 === "manual")) || (data13 === "unsupported"))){
const err49 = {instancePath:instancePath+"/operations/checkAvailability/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data11.completion !== undefined){
let data14 = data11.completion;
if(!(((data14 === "sync") || (data14 === "poll")) || (data14 === "message"))){
const err50 = {instancePath:instancePath+"/operations/checkAvailability/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data11.reason !== undefined){
let data15 = data11.reason;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err51 = {instancePath:instancePath+"/operations/checkAvailability/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern7.test(data15)){
const err52 = {instancePath:instancePath+"/operations/checkAvailability/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/operations/checkAvailability/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data11.note !== undefined){
if(typeof data11.note !== "string"){
const err54 = {instancePath:instancePath+"/operations/checkAvailability/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err55 = {instancePath:instancePath+"/operations/checkAvailability",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data10.register !== undefined){
let data17 = data10.register;
const _errs40 = errors;
let valid10 = true;
const _errs41 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.mode !== undefined){
if("auto" !== data17.mode){
const err56 = {};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
var _valid1 = _errs41 === errors;
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs43 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.mode === undefined){
const err57 = {instancePath:instancePath+"/operations/register",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data17.completion === undefined){
const err58 = {instancePath:instancePath+"/operations/register",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var _valid1 = _errs43 === errors;
valid10 = _valid1;
}
if(!valid10){
const err59 = {instancePath:instancePath+"/operations/register",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.mode === undefined){
const err60 = {instancePath:instancePath+"/operations/register",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key3 in data17){
if(!((((key3 === "mode") || (key3 === "completion")) || (key3 === "reason")) || (key3 === "note"))){
const err61 = {instancePath:instancePath+"/operations/register",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data17.mode !== undefined){
let data19 = data17.mode;
if(!(((data19 === "auto") || (data19 === "manual")) || (data19 === "unsupported"))){
const err62 = {instancePath:instancePath+"/operations/register/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data17.completion !== undefined){
let data20 = data17.completion;
if(!(((data20 === "sync") || (data20 === "poll")) || (data20 === "message"))){
const err63 = {instancePath:instancePath+"/operations/register/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data17.reason !== undefined){
let data21 = data17.reason;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err64 = {instancePath:instancePath+"/operations/register/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!pattern7.test(data21)){
const err65 = {instancePath:instancePath+"/operations/register/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/operations/register/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data17.note !== undefined){
if(typeof data17.note !== "string"){
const err67 = {instancePath:instancePath+"/operations/register/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err68 = {instancePath:instancePath+"/operations/register",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data10.transfer !== undefined){
let data23 = data10.transfer;
const _errs54 = errors;
let valid14 = true;
const _errs55 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.mode !== undefined){
if("auto" !== data23.mode){
const err69 = {};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
var _valid2 = _errs55 === errors;
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs57 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.mode === undefined){
const err70 = {instancePath:instancePath+"/operations/transfer",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data23.completion === undefined){
const err71 = {instancePath:instancePath+"/operations/transfer",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var _valid2 = _errs57 === errors;
valid14 = _valid2;
}
if(!valid14){
const err72 = {instancePath:instancePath+"/operations/transfer",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.mode === undefined){
const err73 = {instancePath:instancePath+"/operations/transfer",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key4 in data23){
if(!((((key4 === "mode") || (key4 === "completion")) || (key4 === "reason")) || (key4 === "note"))){
const err74 = {instancePath:instancePath+"/operations/transfer",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data23.mode !== undefined){
let data25 = data23.mode;
if(!(((data25 === "auto") || (data25 === "manual")) || (data25 === "unsupported"))){
const err75 = {instancePath:instancePath+"/operations/transfer/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data23.completion !== undefined){
let data26 = data23.completion;
if(!(((data26 === "sync") || (data26 === "poll")) || (data26 === "message"))){
const err76 = {instancePath:instancePath+"/operations/transfer/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data23.reason !== undefined){
let data27 = data23.reason;
if(typeof data27 === "string"){
if(func2(data27) < 1){
const err77 = {instancePath:instancePath+"/operations/transfer/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern7.test(data27)){
const err78 = {instancePath:instancePath+"/operations/transfer/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/operations/transfer/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data23.note !== undefined){
if(typeof data23.note !== "string"){
const err80 = {instancePath:instancePath+"/operations/transfer/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/operations/transfer",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data10.renew !== undefined){
let data29 = data10.renew;
const _errs68 = errors;
let valid18 = true;
const _errs69 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.mode !== undefined){
if("auto" !== data29.mode){
const err82 = {};
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
var _valid3 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs71 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.mode === undefined){
const err83 = {instancePath:instancePath+"/operations/renew",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data29.completion === undefined){
const err84 = {instancePath:instancePath+"/operations/renew",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
var _valid3 = _errs71 === errors;
valid18 = _valid3;
}
if(!valid18){
const err85 = {instancePath:instancePath+"/operations/renew",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.mode === undefined){
const err86 = {instancePath:instancePath+"/operations/renew",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key5 in data29){
if(!((((key5 === "mode") || (key5 === "completion")) || (key5 === "reason")) || (key5 === "note"))){
const err87 = {instancePath:instancePath+"/operations/renew",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data29.mode !== undefined){
let data31 = data29.mode;
if(!(((data31 === "auto") || (data31 === "manual")) || (data31 === "unsupported"))){
const err88 = {instancePath:instancePath+"/operations/renew/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data29.completion !== undefined){
let data32 = data29.completion;
if(!(((data32 === "sync") || (data32 === "poll")) || (data32 === "message"))){
const err89 = {instancePath:instancePath+"/operations/renew/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data29.reason !== undefined){
let data33 = data29.reason;
if(typeof data33 === "string"){
if(func2(data33) < 1){
const err90 = {instancePath:instancePath+"/operations/renew/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!pattern7.test(data33)){
const err91 = {instancePath:instancePath+"/operations/renew/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/operations/renew/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data29.note !== undefined){
if(typeof data29.note !== "string"){
const err93 = {instancePath:instancePath+"/operations/renew/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/operations/renew",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data10.cancel !== undefined){
let data35 = data10.cancel;
const _errs82 = errors;
let valid22 = true;
const _errs83 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.mode !== undefined){
if("auto" !== data35.mode){
const err95 = {};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
var _valid4 = _errs83 === errors;
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs85 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.mode === undefined){
const err96 = {instancePath:instancePath+"/operations/cancel",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data35.completion === undefined){
const err97 = {instancePath:instancePath+"/operations/cancel",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
var _valid4 = _errs85 === errors;
valid22 = _valid4;
}
if(!valid22){
const err98 = {instancePath:instancePath+"/operations/cancel",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.mode === undefined){
const err99 = {instancePath:instancePath+"/operations/cancel",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
for(const key6 in data35){
if(!((((key6 === "mode") || (key6 === "completion")) || (key6 === "reason")) || (key6 === "note"))){
const err100 = {instancePath:instancePath+"/operations/cancel",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data35.mode !== undefined){
let data37 = data35.mode;
if(!(((data37 === "auto") || (data37 === "manual")) || (data37 === "unsupported"))){
const err101 = {instancePath:instancePath+"/operations/cancel/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data35.completion !== undefined){
let data38 = data35.completion;
if(!(((data38 === "sync") || (data38 === "poll")) || (data38 === "message"))){
const err102 = {instancePath:instancePath+"/operations/cancel/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data35.reason !== undefined){
let data39 = data35.reason;
if(typeof data39 === "string"){
if(func2(data39) < 1){
const err103 = {instancePath:instancePath+"/operations/cancel/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!pattern7.test(data39)){
const err104 = {instancePath:instancePath+"/operations/cancel/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/operations/cancel/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data35.note !== undefined){
if(typeof data35.note !== "string"){
const err106 = {instancePath:instancePath+"/operations/cancel/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/operations/cancel",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data10.updateNameservers !== undefined){
let data41 = data10.updateNameservers;
const _errs96 = errors;
let valid26 = true;
const _errs97 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.mode !== undefined){
if("auto" !== data41.mode){
const err108 = {};
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
var _valid5 = _errs97 === errors;
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs99 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.mode === undefined){
const err109 = {instancePath:instancePath+"/operations/updateNameservers",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data41.completion === undefined){
const err110 = {instancePath:instancePath+"/operations/updateNameservers",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
var _valid5 = _errs99 === errors;
valid26 = _valid5;
}
if(!valid26){
const err111 = {instancePath:instancePath+"/operations/updateNameservers",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.mode === undefined){
const err112 = {instancePath:instancePath+"/operations/updateNameservers",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key7 in data41){
if(!((((key7 === "mode") || (key7 === "completion")) || (key7 === "reason")) || (key7 === "note"))){
const err113 = {instancePath:instancePath+"/operations/updateNameservers",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data41.mode !== undefined){
let data43 = data41.mode;
if(!(((data43 === "auto") || (data43 === "manual")) || (data43 === "unsupported"))){
const err114 = {instancePath:instancePath+"/operations/updateNameservers/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data41.completion !== undefined){
let data44 = data41.completion;
if(!(((data44 === "sync") || (data44 === "poll")) || (data44 === "message"))){
const err115 = {instancePath:instancePath+"/operations/updateNameservers/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data41.reason !== undefined){
let data45 = data41.reason;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err116 = {instancePath:instancePath+"/operations/updateNameservers/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(!pattern7.test(data45)){
const err117 = {instancePath:instancePath+"/operations/updateNameservers/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/operations/updateNameservers/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data41.note !== undefined){
if(typeof data41.note !== "string"){
const err119 = {instancePath:instancePath+"/operations/updateNameservers/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/operations/updateNameservers",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data10.updateContacts !== undefined){
let data47 = data10.updateContacts;
const _errs110 = errors;
let valid30 = true;
const _errs111 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.mode !== undefined){
if("auto" !== data47.mode){
const err121 = {};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
var _valid6 = _errs111 === errors;
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs113 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.mode === undefined){
const err122 = {instancePath:instancePath+"/operations/updateContacts",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data47.completion === undefined){
const err123 = {instancePath:instancePath+"/operations/updateContacts",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
var _valid6 = _errs113 === errors;
valid30 = _valid6;
}
if(!valid30){
const err124 = {instancePath:instancePath+"/operations/updateContacts",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.mode === undefined){
const err125 = {instancePath:instancePath+"/operations/updateContacts",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key8 in data47){
if(!((((key8 === "mode") || (key8 === "completion")) || (key8 === "reason")) || (key8 === "note"))){
const err126 = {instancePath:instancePath+"/operations/updateContacts",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data47.mode !== undefined){
let data49 = data47.mode;
if(!(((data49 === "auto") || (data49 === "manual")) || (data49 === "unsupported"))){
const err127 = {instancePath:instancePath+"/operations/updateContacts/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data47.completion !== undefined){
let data50 = data47.completion;
if(!(((data50 === "sync") || (data50 === "poll")) || (data50 === "message"))){
const err128 = {instancePath:instancePath+"/operations/updateContacts/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data47.reason !== undefined){
let data51 = data47.reason;
if(typeof data51 === "string"){
if(func2(data51) < 1){
const err129 = {instancePath:instancePath+"/operations/updateContacts/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!pattern7.test(data51)){
const err130 = {instancePath:instancePath+"/operations/updateContacts/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/operations/updateContacts/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data47.note !== undefined){
if(typeof data47.note !== "string"){
const err132 = {instancePath:instancePath+"/operations/updateContacts/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/operations/updateContacts",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data10.changeRegistrant !== undefined){
let data53 = data10.changeRegistrant;
const _errs124 = errors;
let valid34 = true;
const _errs125 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.mode !== undefined){
if("auto" !== data53.mode){
const err134 = {};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
var _valid7 = _errs125 === errors;
errors = _errs124;
if(vErrors !== null){
if(_errs124){
vErrors.length = _errs124;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs127 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.mode === undefined){
const err135 = {instancePath:instancePath+"/operations/changeRegistrant",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data53.completion === undefined){
const err136 = {instancePath:instancePath+"/operations/changeRegistrant",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
var _valid7 = _errs127 === errors;
valid34 = _valid7;
}
if(!valid34){
const err137 = {instancePath:instancePath+"/operations/changeRegistrant",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.mode === undefined){
const err138 = {instancePath:instancePath+"/operations/changeRegistrant",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key9 in data53){
if(!((((key9 === "mode") || (key9 === "completion")) || (key9 === "reason")) || (key9 === "note"))){
const err139 = {instancePath:instancePath+"/operations/changeRegistrant",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data53.mode !== undefined){
let data55 = data53.mode;
if(!(((data55 === "auto") || (data55 === "manual")) || (data55 === "unsupported"))){
const err140 = {instancePath:instancePath+"/operations/changeRegistrant/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data53.completion !== undefined){
let data56 = data53.completion;
if(!(((data56 === "sync") || (data56 === "poll")) || (data56 === "message"))){
const err141 = {instancePath:instancePath+"/operations/changeRegistrant/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data53.reason !== undefined){
let data57 = data53.reason;
if(typeof data57 === "string"){
if(func2(data57) < 1){
const err142 = {instancePath:instancePath+"/operations/changeRegistrant/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!pattern7.test(data57)){
const err143 = {instancePath:instancePath+"/operations/changeRegistrant/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/operations/changeRegistrant/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data53.note !== undefined){
if(typeof data53.note !== "string"){
const err145 = {instancePath:instancePath+"/operations/changeRegistrant/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/operations/changeRegistrant",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data10.setRegistrarLock !== undefined){
let data59 = data10.setRegistrarLock;
const _errs138 = errors;
let valid38 = true;
const _errs139 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.mode !== undefined){
if("auto" !== data59.mode){
const err147 = {};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
var _valid8 = _errs139 === errors;
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs141 = errors;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.mode === undefined){
const err148 = {instancePath:instancePath+"/operations/setRegistrarLock",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data59.completion === undefined){
const err149 = {instancePath:instancePath+"/operations/setRegistrarLock",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
var _valid8 = _errs141 === errors;
valid38 = _valid8;
}
if(!valid38){
const err150 = {instancePath:instancePath+"/operations/setRegistrarLock",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.mode === undefined){
const err151 = {instancePath:instancePath+"/operations/setRegistrarLock",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
for(const key10 in data59){
if(!((((key10 === "mode") || (key10 === "completion")) || (key10 === "reason")) || (key10 === "note"))){
const err152 = {instancePath:instancePath+"/operations/setRegistrarLock",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data59.mode !== undefined){
let data61 = data59.mode;
if(!(((data61 === "auto") || (data61 === "manual")) || (data61 === "unsupported"))){
const err153 = {instancePath:instancePath+"/operations/setRegistrarLock/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data59.completion !== undefined){
let data62 = data59.completion;
if(!(((data62 === "sync") || (data62 === "poll")) || (data62 === "message"))){
const err154 = {instancePath:instancePath+"/operations/setRegistrarLock/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data59.reason !== undefined){
let data63 = data59.reason;
if(typeof data63 === "string"){
if(func2(data63) < 1){
const err155 = {instancePath:instancePath+"/operations/setRegistrarLock/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(!pattern7.test(data63)){
const err156 = {instancePath:instancePath+"/operations/setRegistrarLock/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/operations/setRegistrarLock/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data59.note !== undefined){
if(typeof data59.note !== "string"){
const err158 = {instancePath:instancePath+"/operations/setRegistrarLock/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/operations/setRegistrarLock",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data10.getAuthCode !== undefined){
let data65 = data10.getAuthCode;
const _errs152 = errors;
let valid42 = true;
const _errs153 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.mode !== undefined){
if("auto" !== data65.mode){
const err160 = {};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
var _valid9 = _errs153 === errors;
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs155 = errors;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.mode === undefined){
const err161 = {instancePath:instancePath+"/operations/getAuthCode",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data65.completion === undefined){
const err162 = {instancePath:instancePath+"/operations/getAuthCode",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
var _valid9 = _errs155 === errors;
valid42 = _valid9;
}
if(!valid42){
const err163 = {instancePath:instancePath+"/operations/getAuthCode",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.mode === undefined){
const err164 = {instancePath:instancePath+"/operations/getAuthCode",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
for(const key11 in data65){
if(!((((key11 === "mode") || (key11 === "completion")) || (key11 === "reason")) || (key11 === "note"))){
const err165 = {instancePath:instancePath+"/operations/getAuthCode",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data65.mode !== undefined){
let data67 = data65.mode;
if(!(((data67 === "auto") || (data67 === "manual")) || (data67 === "unsupported"))){
const err166 = {instancePath:instancePath+"/operations/getAuthCode/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data65.completion !== undefined){
let data68 = data65.completion;
if(!(((data68 === "sync") || (data68 === "poll")) || (data68 === "message"))){
const err167 = {instancePath:instancePath+"/operations/getAuthCode/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data65.reason !== undefined){
let data69 = data65.reason;
if(typeof data69 === "string"){
if(func2(data69) < 1){
const err168 = {instancePath:instancePath+"/operations/getAuthCode/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(!pattern7.test(data69)){
const err169 = {instancePath:instancePath+"/operations/getAuthCode/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/operations/getAuthCode/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data65.note !== undefined){
if(typeof data65.note !== "string"){
const err171 = {instancePath:instancePath+"/operations/getAuthCode/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
}
else {
const err172 = {instancePath:instancePath+"/operations/getAuthCode",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data10.setWhoisPrivacy !== undefined){
let data71 = data10.setWhoisPrivacy;
const _errs166 = errors;
let valid46 = true;
const _errs167 = errors;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.mode !== undefined){
if("auto" !== data71.mode){
const err173 = {};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
var _valid10 = _errs167 === errors;
errors = _errs166;
if(vErrors !== null){
if(_errs166){
vErrors.length = _errs166;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs169 = errors;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.mode === undefined){
const err174 = {instancePath:instancePath+"/operations/setWhoisPrivacy",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data71.completion === undefined){
const err175 = {instancePath:instancePath+"/operations/setWhoisPrivacy",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
var _valid10 = _errs169 === errors;
valid46 = _valid10;
}
if(!valid46){
const err176 = {instancePath:instancePath+"/operations/setWhoisPrivacy",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.mode === undefined){
const err177 = {instancePath:instancePath+"/operations/setWhoisPrivacy",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
for(const key12 in data71){
if(!((((key12 === "mode") || (key12 === "completion")) || (key12 === "reason")) || (key12 === "note"))){
const err178 = {instancePath:instancePath+"/operations/setWhoisPrivacy",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data71.mode !== undefined){
let data73 = data71.mode;
if(!(((data73 === "auto") || (data73 === "manual")) || (data73 === "unsupported"))){
const err179 = {instancePath:instancePath+"/operations/setWhoisPrivacy/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data71.completion !== undefined){
let data74 = data71.completion;
if(!(((data74 === "sync") || (data74 === "poll")) || (data74 === "message"))){
const err180 = {instancePath:instancePath+"/operations/setWhoisPrivacy/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data71.reason !== undefined){
let data75 = data71.reason;
if(typeof data75 === "string"){
if(func2(data75) < 1){
const err181 = {instancePath:instancePath+"/operations/setWhoisPrivacy/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(!pattern7.test(data75)){
const err182 = {instancePath:instancePath+"/operations/setWhoisPrivacy/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/operations/setWhoisPrivacy/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data71.note !== undefined){
if(typeof data71.note !== "string"){
const err184 = {instancePath:instancePath+"/operations/setWhoisPrivacy/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/operations/setWhoisPrivacy",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data10.setAutoRenew !== undefined){
let data77 = data10.setAutoRenew;
const _errs180 = errors;
let valid50 = true;
const _errs181 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.mode !== undefined){
if("auto" !== data77.mode){
const err186 = {};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
var _valid11 = _errs181 === errors;
errors = _errs180;
if(vErrors !== null){
if(_errs180){
vErrors.length = _errs180;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs183 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.mode === undefined){
const err187 = {instancePath:instancePath+"/operations/setAutoRenew",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if(data77.completion === undefined){
const err188 = {instancePath:instancePath+"/operations/setAutoRenew",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
var _valid11 = _errs183 === errors;
valid50 = _valid11;
}
if(!valid50){
const err189 = {instancePath:instancePath+"/operations/setAutoRenew",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.mode === undefined){
const err190 = {instancePath:instancePath+"/operations/setAutoRenew",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
for(const key13 in data77){
if(!((((key13 === "mode") || (key13 === "completion")) || (key13 === "reason")) || (key13 === "note"))){
const err191 = {instancePath:instancePath+"/operations/setAutoRenew",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data77.mode !== undefined){
let data79 = data77.mode;
if(!(((data79 === "auto") || (data79 === "manual")) || (data79 === "unsupported"))){
const err192 = {instancePath:instancePath+"/operations/setAutoRenew/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data77.completion !== undefined){
let data80 = data77.completion;
if(!(((data80 === "sync") || (data80 === "poll")) || (data80 === "message"))){
const err193 = {instancePath:instancePath+"/operations/setAutoRenew/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data77.reason !== undefined){
let data81 = data77.reason;
if(typeof data81 === "string"){
if(func2(data81) < 1){
const err194 = {instancePath:instancePath+"/operations/setAutoRenew/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(!pattern7.test(data81)){
const err195 = {instancePath:instancePath+"/operations/setAutoRenew/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/operations/setAutoRenew/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data77.note !== undefined){
if(typeof data77.note !== "string"){
const err197 = {instancePath:instancePath+"/operations/setAutoRenew/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/operations/setAutoRenew",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data10.setDnssec !== undefined){
let data83 = data10.setDnssec;
const _errs194 = errors;
let valid54 = true;
const _errs195 = errors;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.mode !== undefined){
if("auto" !== data83.mode){
const err199 = {};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
}
var _valid12 = _errs195 === errors;
errors = _errs194;
if(vErrors !== null){
if(_errs194){
vErrors.length = _errs194;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs197 = errors;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.mode === undefined){
const err200 = {instancePath:instancePath+"/operations/setDnssec",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data83.completion === undefined){
const err201 = {instancePath:instancePath+"/operations/setDnssec",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
var _valid12 = _errs197 === errors;
valid54 = _valid12;
}
if(!valid54){
const err202 = {instancePath:instancePath+"/operations/setDnssec",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.mode === undefined){
const err203 = {instancePath:instancePath+"/operations/setDnssec",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
for(const key14 in data83){
if(!((((key14 === "mode") || (key14 === "completion")) || (key14 === "reason")) || (key14 === "note"))){
const err204 = {instancePath:instancePath+"/operations/setDnssec",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data83.mode !== undefined){
let data85 = data83.mode;
if(!(((data85 === "auto") || (data85 === "manual")) || (data85 === "unsupported"))){
const err205 = {instancePath:instancePath+"/operations/setDnssec/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data83.completion !== undefined){
let data86 = data83.completion;
if(!(((data86 === "sync") || (data86 === "poll")) || (data86 === "message"))){
const err206 = {instancePath:instancePath+"/operations/setDnssec/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data83.reason !== undefined){
let data87 = data83.reason;
if(typeof data87 === "string"){
if(func2(data87) < 1){
const err207 = {instancePath:instancePath+"/operations/setDnssec/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(!pattern7.test(data87)){
const err208 = {instancePath:instancePath+"/operations/setDnssec/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/operations/setDnssec/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data83.note !== undefined){
if(typeof data83.note !== "string"){
const err210 = {instancePath:instancePath+"/operations/setDnssec/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/operations/setDnssec",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data10.info !== undefined){
let data89 = data10.info;
const _errs208 = errors;
let valid58 = true;
const _errs209 = errors;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.mode !== undefined){
if("auto" !== data89.mode){
const err212 = {};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
}
var _valid13 = _errs209 === errors;
errors = _errs208;
if(vErrors !== null){
if(_errs208){
vErrors.length = _errs208;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs211 = errors;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.mode === undefined){
const err213 = {instancePath:instancePath+"/operations/info",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data89.completion === undefined){
const err214 = {instancePath:instancePath+"/operations/info",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
var _valid13 = _errs211 === errors;
valid58 = _valid13;
}
if(!valid58){
const err215 = {instancePath:instancePath+"/operations/info",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.mode === undefined){
const err216 = {instancePath:instancePath+"/operations/info",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
for(const key15 in data89){
if(!((((key15 === "mode") || (key15 === "completion")) || (key15 === "reason")) || (key15 === "note"))){
const err217 = {instancePath:instancePath+"/operations/info",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data89.mode !== undefined){
let data91 = data89.mode;
if(!(((data91 === "auto") || (data91 === "manual")) || (data91 === "unsupported"))){
const err218 = {instancePath:instancePath+"/operations/info/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data89.completion !== undefined){
let data92 = data89.completion;
if(!(((data92 === "sync") || (data92 === "poll")) || (data92 === "message"))){
const err219 = {instancePath:instancePath+"/operations/info/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data89.reason !== undefined){
let data93 = data89.reason;
if(typeof data93 === "string"){
if(func2(data93) < 1){
const err220 = {instancePath:instancePath+"/operations/info/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!pattern7.test(data93)){
const err221 = {instancePath:instancePath+"/operations/info/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
else {
const err222 = {instancePath:instancePath+"/operations/info/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data89.note !== undefined){
if(typeof data89.note !== "string"){
const err223 = {instancePath:instancePath+"/operations/info/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/operations/info",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data10.createHost !== undefined){
let data95 = data10.createHost;
const _errs222 = errors;
let valid62 = true;
const _errs223 = errors;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.mode !== undefined){
if("auto" !== data95.mode){
const err225 = {};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
var _valid14 = _errs223 === errors;
errors = _errs222;
if(vErrors !== null){
if(_errs222){
vErrors.length = _errs222;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs225 = errors;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.mode === undefined){
const err226 = {instancePath:instancePath+"/operations/createHost",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(data95.completion === undefined){
const err227 = {instancePath:instancePath+"/operations/createHost",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
var _valid14 = _errs225 === errors;
valid62 = _valid14;
}
if(!valid62){
const err228 = {instancePath:instancePath+"/operations/createHost",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.mode === undefined){
const err229 = {instancePath:instancePath+"/operations/createHost",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
for(const key16 in data95){
if(!((((key16 === "mode") || (key16 === "completion")) || (key16 === "reason")) || (key16 === "note"))){
const err230 = {instancePath:instancePath+"/operations/createHost",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data95.mode !== undefined){
let data97 = data95.mode;
if(!(((data97 === "auto") || (data97 === "manual")) || (data97 === "unsupported"))){
const err231 = {instancePath:instancePath+"/operations/createHost/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data95.completion !== undefined){
let data98 = data95.completion;
if(!(((data98 === "sync") || (data98 === "poll")) || (data98 === "message"))){
const err232 = {instancePath:instancePath+"/operations/createHost/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data95.reason !== undefined){
let data99 = data95.reason;
if(typeof data99 === "string"){
if(func2(data99) < 1){
const err233 = {instancePath:instancePath+"/operations/createHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(!pattern7.test(data99)){
const err234 = {instancePath:instancePath+"/operations/createHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else {
const err235 = {instancePath:instancePath+"/operations/createHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data95.note !== undefined){
if(typeof data95.note !== "string"){
const err236 = {instancePath:instancePath+"/operations/createHost/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/operations/createHost",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data10.updateHost !== undefined){
let data101 = data10.updateHost;
const _errs236 = errors;
let valid66 = true;
const _errs237 = errors;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.mode !== undefined){
if("auto" !== data101.mode){
const err238 = {};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
var _valid15 = _errs237 === errors;
errors = _errs236;
if(vErrors !== null){
if(_errs236){
vErrors.length = _errs236;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs239 = errors;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.mode === undefined){
const err239 = {instancePath:instancePath+"/operations/updateHost",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(data101.completion === undefined){
const err240 = {instancePath:instancePath+"/operations/updateHost",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
var _valid15 = _errs239 === errors;
valid66 = _valid15;
}
if(!valid66){
const err241 = {instancePath:instancePath+"/operations/updateHost",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.mode === undefined){
const err242 = {instancePath:instancePath+"/operations/updateHost",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
for(const key17 in data101){
if(!((((key17 === "mode") || (key17 === "completion")) || (key17 === "reason")) || (key17 === "note"))){
const err243 = {instancePath:instancePath+"/operations/updateHost",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data101.mode !== undefined){
let data103 = data101.mode;
if(!(((data103 === "auto") || (data103 === "manual")) || (data103 === "unsupported"))){
const err244 = {instancePath:instancePath+"/operations/updateHost/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data101.completion !== undefined){
let data104 = data101.completion;
if(!(((data104 === "sync") || (data104 === "poll")) || (data104 === "message"))){
const err245 = {instancePath:instancePath+"/operations/updateHost/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data101.reason !== undefined){
let data105 = data101.reason;
if(typeof data105 === "string"){
if(func2(data105) < 1){
const err246 = {instancePath:instancePath+"/operations/updateHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
if(!pattern7.test(data105)){
const err247 = {instancePath:instancePath+"/operations/updateHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
else {
const err248 = {instancePath:instancePath+"/operations/updateHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data101.note !== undefined){
if(typeof data101.note !== "string"){
const err249 = {instancePath:instancePath+"/operations/updateHost/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/operations/updateHost",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data10.deleteHost !== undefined){
let data107 = data10.deleteHost;
const _errs250 = errors;
let valid70 = true;
const _errs251 = errors;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.mode !== undefined){
if("auto" !== data107.mode){
const err251 = {};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
var _valid16 = _errs251 === errors;
errors = _errs250;
if(vErrors !== null){
if(_errs250){
vErrors.length = _errs250;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs253 = errors;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.mode === undefined){
const err252 = {instancePath:instancePath+"/operations/deleteHost",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(data107.completion === undefined){
const err253 = {instancePath:instancePath+"/operations/deleteHost",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
var _valid16 = _errs253 === errors;
valid70 = _valid16;
}
if(!valid70){
const err254 = {instancePath:instancePath+"/operations/deleteHost",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.mode === undefined){
const err255 = {instancePath:instancePath+"/operations/deleteHost",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
for(const key18 in data107){
if(!((((key18 === "mode") || (key18 === "completion")) || (key18 === "reason")) || (key18 === "note"))){
const err256 = {instancePath:instancePath+"/operations/deleteHost",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data107.mode !== undefined){
let data109 = data107.mode;
if(!(((data109 === "auto") || (data109 === "manual")) || (data109 === "unsupported"))){
const err257 = {instancePath:instancePath+"/operations/deleteHost/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data107.completion !== undefined){
let data110 = data107.completion;
if(!(((data110 === "sync") || (data110 === "poll")) || (data110 === "message"))){
const err258 = {instancePath:instancePath+"/operations/deleteHost/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data107.reason !== undefined){
let data111 = data107.reason;
if(typeof data111 === "string"){
if(func2(data111) < 1){
const err259 = {instancePath:instancePath+"/operations/deleteHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
if(!pattern7.test(data111)){
const err260 = {instancePath:instancePath+"/operations/deleteHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/operations/deleteHost/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data107.note !== undefined){
if(typeof data107.note !== "string"){
const err262 = {instancePath:instancePath+"/operations/deleteHost/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
else {
const err263 = {instancePath:instancePath+"/operations/deleteHost",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data10.restore !== undefined){
let data113 = data10.restore;
const _errs264 = errors;
let valid74 = true;
const _errs265 = errors;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(data113.mode !== undefined){
if("auto" !== data113.mode){
const err264 = {};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
var _valid17 = _errs265 === errors;
errors = _errs264;
if(vErrors !== null){
if(_errs264){
vErrors.length = _errs264;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs267 = errors;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(data113.mode === undefined){
const err265 = {instancePath:instancePath+"/operations/restore",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(data113.completion === undefined){
const err266 = {instancePath:instancePath+"/operations/restore",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
var _valid17 = _errs267 === errors;
valid74 = _valid17;
}
if(!valid74){
const err267 = {instancePath:instancePath+"/operations/restore",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(data113.mode === undefined){
const err268 = {instancePath:instancePath+"/operations/restore",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
for(const key19 in data113){
if(!((((key19 === "mode") || (key19 === "completion")) || (key19 === "reason")) || (key19 === "note"))){
const err269 = {instancePath:instancePath+"/operations/restore",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data113.mode !== undefined){
let data115 = data113.mode;
if(!(((data115 === "auto") || (data115 === "manual")) || (data115 === "unsupported"))){
const err270 = {instancePath:instancePath+"/operations/restore/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data113.completion !== undefined){
let data116 = data113.completion;
if(!(((data116 === "sync") || (data116 === "poll")) || (data116 === "message"))){
const err271 = {instancePath:instancePath+"/operations/restore/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data113.reason !== undefined){
let data117 = data113.reason;
if(typeof data117 === "string"){
if(func2(data117) < 1){
const err272 = {instancePath:instancePath+"/operations/restore/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(!pattern7.test(data117)){
const err273 = {instancePath:instancePath+"/operations/restore/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
else {
const err274 = {instancePath:instancePath+"/operations/restore/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data113.note !== undefined){
if(typeof data113.note !== "string"){
const err275 = {instancePath:instancePath+"/operations/restore/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
}
else {
const err276 = {instancePath:instancePath+"/operations/restore",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data10.approveTransferOut !== undefined){
let data119 = data10.approveTransferOut;
const _errs278 = errors;
let valid78 = true;
const _errs279 = errors;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
if(data119.mode !== undefined){
if("auto" !== data119.mode){
const err277 = {};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
var _valid18 = _errs279 === errors;
errors = _errs278;
if(vErrors !== null){
if(_errs278){
vErrors.length = _errs278;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs281 = errors;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
if(data119.mode === undefined){
const err278 = {instancePath:instancePath+"/operations/approveTransferOut",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(data119.completion === undefined){
const err279 = {instancePath:instancePath+"/operations/approveTransferOut",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
var _valid18 = _errs281 === errors;
valid78 = _valid18;
}
if(!valid78){
const err280 = {instancePath:instancePath+"/operations/approveTransferOut",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
if(data119.mode === undefined){
const err281 = {instancePath:instancePath+"/operations/approveTransferOut",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
for(const key20 in data119){
if(!((((key20 === "mode") || (key20 === "completion")) || (key20 === "reason")) || (key20 === "note"))){
const err282 = {instancePath:instancePath+"/operations/approveTransferOut",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data119.mode !== undefined){
let data121 = data119.mode;
if(!(((data121 === "auto") || (data121 === "manual")) || (data121 === "unsupported"))){
const err283 = {instancePath:instancePath+"/operations/approveTransferOut/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data119.completion !== undefined){
let data122 = data119.completion;
if(!(((data122 === "sync") || (data122 === "poll")) || (data122 === "message"))){
const err284 = {instancePath:instancePath+"/operations/approveTransferOut/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data119.reason !== undefined){
let data123 = data119.reason;
if(typeof data123 === "string"){
if(func2(data123) < 1){
const err285 = {instancePath:instancePath+"/operations/approveTransferOut/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if(!pattern7.test(data123)){
const err286 = {instancePath:instancePath+"/operations/approveTransferOut/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/operations/approveTransferOut/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data119.note !== undefined){
if(typeof data119.note !== "string"){
const err288 = {instancePath:instancePath+"/operations/approveTransferOut/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/operations/approveTransferOut",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data10.rejectTransferOut !== undefined){
let data125 = data10.rejectTransferOut;
const _errs292 = errors;
let valid82 = true;
const _errs293 = errors;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.mode !== undefined){
if("auto" !== data125.mode){
const err290 = {};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
var _valid19 = _errs293 === errors;
errors = _errs292;
if(vErrors !== null){
if(_errs292){
vErrors.length = _errs292;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs295 = errors;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.mode === undefined){
const err291 = {instancePath:instancePath+"/operations/rejectTransferOut",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if(data125.completion === undefined){
const err292 = {instancePath:instancePath+"/operations/rejectTransferOut",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
var _valid19 = _errs295 === errors;
valid82 = _valid19;
}
if(!valid82){
const err293 = {instancePath:instancePath+"/operations/rejectTransferOut",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.mode === undefined){
const err294 = {instancePath:instancePath+"/operations/rejectTransferOut",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
for(const key21 in data125){
if(!((((key21 === "mode") || (key21 === "completion")) || (key21 === "reason")) || (key21 === "note"))){
const err295 = {instancePath:instancePath+"/operations/rejectTransferOut",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data125.mode !== undefined){
let data127 = data125.mode;
if(!(((data127 === "auto") || (data127 === "manual")) || (data127 === "unsupported"))){
const err296 = {instancePath:instancePath+"/operations/rejectTransferOut/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data125.completion !== undefined){
let data128 = data125.completion;
if(!(((data128 === "sync") || (data128 === "poll")) || (data128 === "message"))){
const err297 = {instancePath:instancePath+"/operations/rejectTransferOut/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data125.reason !== undefined){
let data129 = data125.reason;
if(typeof data129 === "string"){
if(func2(data129) < 1){
const err298 = {instancePath:instancePath+"/operations/rejectTransferOut/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(!pattern7.test(data129)){
const err299 = {instancePath:instancePath+"/operations/rejectTransferOut/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
else {
const err300 = {instancePath:instancePath+"/operations/rejectTransferOut/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data125.note !== undefined){
if(typeof data125.note !== "string"){
const err301 = {instancePath:instancePath+"/operations/rejectTransferOut/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
else {
const err302 = {instancePath:instancePath+"/operations/rejectTransferOut",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data10.resendTransferConfirmation !== undefined){
let data131 = data10.resendTransferConfirmation;
const _errs306 = errors;
let valid86 = true;
const _errs307 = errors;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.mode !== undefined){
if("auto" !== data131.mode){
const err303 = {};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
var _valid20 = _errs307 === errors;
errors = _errs306;
if(vErrors !== null){
if(_errs306){
vErrors.length = _errs306;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs309 = errors;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.mode === undefined){
const err304 = {instancePath:instancePath+"/operations/resendTransferConfirmation",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if(data131.completion === undefined){
const err305 = {instancePath:instancePath+"/operations/resendTransferConfirmation",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
var _valid20 = _errs309 === errors;
valid86 = _valid20;
}
if(!valid86){
const err306 = {instancePath:instancePath+"/operations/resendTransferConfirmation",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.mode === undefined){
const err307 = {instancePath:instancePath+"/operations/resendTransferConfirmation",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
for(const key22 in data131){
if(!((((key22 === "mode") || (key22 === "completion")) || (key22 === "reason")) || (key22 === "note"))){
const err308 = {instancePath:instancePath+"/operations/resendTransferConfirmation",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data131.mode !== undefined){
let data133 = data131.mode;
if(!(((data133 === "auto") || (data133 === "manual")) || (data133 === "unsupported"))){
const err309 = {instancePath:instancePath+"/operations/resendTransferConfirmation/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data131.completion !== undefined){
let data134 = data131.completion;
if(!(((data134 === "sync") || (data134 === "poll")) || (data134 === "message"))){
const err310 = {instancePath:instancePath+"/operations/resendTransferConfirmation/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data131.reason !== undefined){
let data135 = data131.reason;
if(typeof data135 === "string"){
if(func2(data135) < 1){
const err311 = {instancePath:instancePath+"/operations/resendTransferConfirmation/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
if(!pattern7.test(data135)){
const err312 = {instancePath:instancePath+"/operations/resendTransferConfirmation/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/operations/resendTransferConfirmation/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data131.note !== undefined){
if(typeof data131.note !== "string"){
const err314 = {instancePath:instancePath+"/operations/resendTransferConfirmation/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
}
else {
const err315 = {instancePath:instancePath+"/operations/resendTransferConfirmation",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
if(data10.listDomains !== undefined){
let data137 = data10.listDomains;
const _errs320 = errors;
let valid90 = true;
const _errs321 = errors;
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
if(data137.mode !== undefined){
if("auto" !== data137.mode){
const err316 = {};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
}
var _valid21 = _errs321 === errors;
errors = _errs320;
if(vErrors !== null){
if(_errs320){
vErrors.length = _errs320;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs323 = errors;
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
if(data137.mode === undefined){
const err317 = {instancePath:instancePath+"/operations/listDomains",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
if(data137.completion === undefined){
const err318 = {instancePath:instancePath+"/operations/listDomains",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
var _valid21 = _errs323 === errors;
valid90 = _valid21;
}
if(!valid90){
const err319 = {instancePath:instancePath+"/operations/listDomains",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
if(data137.mode === undefined){
const err320 = {instancePath:instancePath+"/operations/listDomains",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
for(const key23 in data137){
if(!((((key23 === "mode") || (key23 === "completion")) || (key23 === "reason")) || (key23 === "note"))){
const err321 = {instancePath:instancePath+"/operations/listDomains",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data137.mode !== undefined){
let data139 = data137.mode;
if(!(((data139 === "auto") || (data139 === "manual")) || (data139 === "unsupported"))){
const err322 = {instancePath:instancePath+"/operations/listDomains/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data137.completion !== undefined){
let data140 = data137.completion;
if(!(((data140 === "sync") || (data140 === "poll")) || (data140 === "message"))){
const err323 = {instancePath:instancePath+"/operations/listDomains/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data137.reason !== undefined){
let data141 = data137.reason;
if(typeof data141 === "string"){
if(func2(data141) < 1){
const err324 = {instancePath:instancePath+"/operations/listDomains/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
if(!pattern7.test(data141)){
const err325 = {instancePath:instancePath+"/operations/listDomains/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
else {
const err326 = {instancePath:instancePath+"/operations/listDomains/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data137.note !== undefined){
if(typeof data137.note !== "string"){
const err327 = {instancePath:instancePath+"/operations/listDomains/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
}
else {
const err328 = {instancePath:instancePath+"/operations/listDomains",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data10.listTlds !== undefined){
let data143 = data10.listTlds;
const _errs334 = errors;
let valid94 = true;
const _errs335 = errors;
if(data143 && typeof data143 == "object" && !Array.isArray(data143)){
if(data143.mode !== undefined){
if("auto" !== data143.mode){
const err329 = {};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
var _valid22 = _errs335 === errors;
errors = _errs334;
if(vErrors !== null){
if(_errs334){
vErrors.length = _errs334;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs337 = errors;
if(data143 && typeof data143 == "object" && !Array.isArray(data143)){
if(data143.mode === undefined){
const err330 = {instancePath:instancePath+"/operations/listTlds",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(data143.completion === undefined){
const err331 = {instancePath:instancePath+"/operations/listTlds",schemaPath:"#/$defs/operationSpec/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
var _valid22 = _errs337 === errors;
valid94 = _valid22;
}
if(!valid94){
const err332 = {instancePath:instancePath+"/operations/listTlds",schemaPath:"#/$defs/operationSpec/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
if(data143 && typeof data143 == "object" && !Array.isArray(data143)){
if(data143.mode === undefined){
const err333 = {instancePath:instancePath+"/operations/listTlds",schemaPath:"#/$defs/operationSpec/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
for(const key24 in data143){
if(!((((key24 === "mode") || (key24 === "completion")) || (key24 === "reason")) || (key24 === "note"))){
const err334 = {instancePath:instancePath+"/operations/listTlds",schemaPath:"#/$defs/operationSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data143.mode !== undefined){
let data145 = data143.mode;
if(!(((data145 === "auto") || (data145 === "manual")) || (data145 === "unsupported"))){
const err335 = {instancePath:instancePath+"/operations/listTlds/mode",schemaPath:"#/$defs/operationSpec/properties/mode/enum",keyword:"enum",params:{allowedValues: schema32.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
if(data143.completion !== undefined){
let data146 = data143.completion;
if(!(((data146 === "sync") || (data146 === "poll")) || (data146 === "message"))){
const err336 = {instancePath:instancePath+"/operations/listTlds/completion",schemaPath:"#/$defs/operationSpec/properties/completion/enum",keyword:"enum",params:{allowedValues: schema32.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
if(data143.reason !== undefined){
let data147 = data143.reason;
if(typeof data147 === "string"){
if(func2(data147) < 1){
const err337 = {instancePath:instancePath+"/operations/listTlds/reason",schemaPath:"#/$defs/operationSpec/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(!pattern7.test(data147)){
const err338 = {instancePath:instancePath+"/operations/listTlds/reason",schemaPath:"#/$defs/operationSpec/properties/reason/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
else {
const err339 = {instancePath:instancePath+"/operations/listTlds/reason",schemaPath:"#/$defs/operationSpec/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data143.note !== undefined){
if(typeof data143.note !== "string"){
const err340 = {instancePath:instancePath+"/operations/listTlds/note",schemaPath:"#/$defs/operationSpec/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
}
else {
const err341 = {instancePath:instancePath+"/operations/listTlds",schemaPath:"#/$defs/operationSpec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
}
else {
const err342 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
if(data.customOperations !== undefined){
let data149 = data.customOperations;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
for(const key25 in data149){
const _errs347 = errors;
if(typeof key25 === "string"){
if(!pattern30.test(key25)){
const err343 = {instancePath:instancePath+"/customOperations",schemaPath:"#/properties/customOperations/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9]*$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9]*$"+"\"",propertyName:key25};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
var valid97 = _errs347 === errors;
if(!valid97){
const err344 = {instancePath:instancePath+"/customOperations",schemaPath:"#/properties/customOperations/propertyNames",keyword:"propertyNames",params:{propertyName: key25},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
for(const key26 in data149){
let data150 = data149[key26];
const _errs351 = errors;
let valid99 = true;
const _errs352 = errors;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.mode !== undefined){
if("auto" !== data150.mode){
const err345 = {};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
}
var _valid23 = _errs352 === errors;
errors = _errs351;
if(vErrors !== null){
if(_errs351){
vErrors.length = _errs351;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs354 = errors;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.completion === undefined){
const err346 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customOperations/additionalProperties/then/required",keyword:"required",params:{missingProperty: "completion"},message:"must have required property '"+"completion"+"'"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
var _valid23 = _errs354 === errors;
valid99 = _valid23;
}
if(!valid99){
const err347 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customOperations/additionalProperties/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.mode === undefined){
const err348 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customOperations/additionalProperties/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(data150.input === undefined){
const err349 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customOperations/additionalProperties/required",keyword:"required",params:{missingProperty: "input"},message:"must have required property '"+"input"+"'"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if(data150.description === undefined){
const err350 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customOperations/additionalProperties/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
for(const key27 in data150){
if(!(((((key27 === "mode") || (key27 === "completion")) || (key27 === "reason")) || (key27 === "description")) || (key27 === "input"))){
const err351 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customOperations/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
if(data150.mode !== undefined){
let data152 = data150.mode;
if(!(((data152 === "auto") || (data152 === "manual")) || (data152 === "unsupported"))){
const err352 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/mode",schemaPath:"#/properties/customOperations/additionalProperties/properties/mode/enum",keyword:"enum",params:{allowedValues: schema31.properties.customOperations.additionalProperties.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data150.completion !== undefined){
let data153 = data150.completion;
if(!(((data153 === "sync") || (data153 === "poll")) || (data153 === "message"))){
const err353 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/completion",schemaPath:"#/properties/customOperations/additionalProperties/properties/completion/enum",keyword:"enum",params:{allowedValues: schema31.properties.customOperations.additionalProperties.properties.completion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data150.reason !== undefined){
if(typeof data150.reason !== "string"){
const err354 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/reason",schemaPath:"#/properties/customOperations/additionalProperties/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data150.description !== undefined){
let data155 = data150.description;
if(typeof data155 === "string"){
if(func2(data155) < 1){
const err355 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/customOperations/additionalProperties/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
else {
const err356 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/customOperations/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data150.input !== undefined){
let data156 = data150.input;
if(!(data156 && typeof data156 == "object" && !Array.isArray(data156))){
const err357 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/input",schemaPath:"#/$defs/jsonSchema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
else {
const err358 = {instancePath:instancePath+"/customOperations/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/customOperations/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/customOperations",schemaPath:"#/properties/customOperations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data.features !== undefined){
let data157 = data.features;
if(data157 && typeof data157 == "object" && !Array.isArray(data157)){
for(const key28 in data157){
if(!(func1.call(schema31.properties.features.properties, key28))){
const err360 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
if(data157.editNameservers !== undefined){
if(typeof data157.editNameservers !== "boolean"){
const err361 = {instancePath:instancePath+"/features/editNameservers",schemaPath:"#/properties/features/properties/editNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data157.manageContacts !== undefined){
if(typeof data157.manageContacts !== "boolean"){
const err362 = {instancePath:instancePath+"/features/manageContacts",schemaPath:"#/properties/features/properties/manageContacts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data157.registrarLock !== undefined){
if(typeof data157.registrarLock !== "boolean"){
const err363 = {instancePath:instancePath+"/features/registrarLock",schemaPath:"#/properties/features/properties/registrarLock/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data157.transferKey !== undefined){
if(typeof data157.transferKey !== "boolean"){
const err364 = {instancePath:instancePath+"/features/transferKey",schemaPath:"#/properties/features/properties/transferKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data157.transferUsesProviderNameservers !== undefined){
if(typeof data157.transferUsesProviderNameservers !== "boolean"){
const err365 = {instancePath:instancePath+"/features/transferUsesProviderNameservers",schemaPath:"#/properties/features/properties/transferUsesProviderNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data157.whoisPrivacy !== undefined){
if(typeof data157.whoisPrivacy !== "boolean"){
const err366 = {instancePath:instancePath+"/features/whoisPrivacy",schemaPath:"#/properties/features/properties/whoisPrivacy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data157.dnssec !== undefined){
if(typeof data157.dnssec !== "boolean"){
const err367 = {instancePath:instancePath+"/features/dnssec",schemaPath:"#/properties/features/properties/dnssec/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data157.autoRenew !== undefined){
if(typeof data157.autoRenew !== "boolean"){
const err368 = {instancePath:instancePath+"/features/autoRenew",schemaPath:"#/properties/features/properties/autoRenew/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data157.idn !== undefined){
if(typeof data157.idn !== "boolean"){
const err369 = {instancePath:instancePath+"/features/idn",schemaPath:"#/properties/features/properties/idn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
}
else {
const err370 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
if(data.polling !== undefined){
let data167 = data.polling;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
if(data167.minIntervalSeconds === undefined){
const err371 = {instancePath:instancePath+"/polling",schemaPath:"#/properties/polling/required",keyword:"required",params:{missingProperty: "minIntervalSeconds"},message:"must have required property '"+"minIntervalSeconds"+"'"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(data167.recommendedIntervalSeconds === undefined){
const err372 = {instancePath:instancePath+"/polling",schemaPath:"#/properties/polling/required",keyword:"required",params:{missingProperty: "recommendedIntervalSeconds"},message:"must have required property '"+"recommendedIntervalSeconds"+"'"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
for(const key29 in data167){
if(!(((((key29 === "minIntervalSeconds") || (key29 === "recommendedIntervalSeconds")) || (key29 === "batch")) || (key29 === "rateLimitPerSecond")) || (key29 === "maxPendingDays"))){
const err373 = {instancePath:instancePath+"/polling",schemaPath:"#/properties/polling/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data167.minIntervalSeconds !== undefined){
let data168 = data167.minIntervalSeconds;
if(!((typeof data168 == "number") && (!(data168 % 1) && !isNaN(data168)))){
const err374 = {instancePath:instancePath+"/polling/minIntervalSeconds",schemaPath:"#/properties/polling/properties/minIntervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if(typeof data168 == "number"){
if(data168 < 1 || isNaN(data168)){
const err375 = {instancePath:instancePath+"/polling/minIntervalSeconds",schemaPath:"#/properties/polling/properties/minIntervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
}
if(data167.recommendedIntervalSeconds !== undefined){
let data169 = data167.recommendedIntervalSeconds;
if(!((typeof data169 == "number") && (!(data169 % 1) && !isNaN(data169)))){
const err376 = {instancePath:instancePath+"/polling/recommendedIntervalSeconds",schemaPath:"#/properties/polling/properties/recommendedIntervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
if(typeof data169 == "number"){
if(data169 < 1 || isNaN(data169)){
const err377 = {instancePath:instancePath+"/polling/recommendedIntervalSeconds",schemaPath:"#/properties/polling/properties/recommendedIntervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
}
if(data167.batch !== undefined){
if(typeof data167.batch !== "boolean"){
const err378 = {instancePath:instancePath+"/polling/batch",schemaPath:"#/properties/polling/properties/batch/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data167.rateLimitPerSecond !== undefined){
let data171 = data167.rateLimitPerSecond;
if(typeof data171 == "number"){
if(data171 <= 0 || isNaN(data171)){
const err379 = {instancePath:instancePath+"/polling/rateLimitPerSecond",schemaPath:"#/properties/polling/properties/rateLimitPerSecond/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
else {
const err380 = {instancePath:instancePath+"/polling/rateLimitPerSecond",schemaPath:"#/properties/polling/properties/rateLimitPerSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
if(data167.maxPendingDays !== undefined){
let data172 = data167.maxPendingDays;
if(typeof data172 == "number"){
if(data172 <= 0 || isNaN(data172)){
const err381 = {instancePath:instancePath+"/polling/maxPendingDays",schemaPath:"#/properties/polling/properties/maxPendingDays/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
else {
const err382 = {instancePath:instancePath+"/polling/maxPendingDays",schemaPath:"#/properties/polling/properties/maxPendingDays/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
}
else {
const err383 = {instancePath:instancePath+"/polling",schemaPath:"#/properties/polling/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data.tlds !== undefined){
let data173 = data.tlds;
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
for(const key30 in data173){
const _errs401 = errors;
if(typeof key30 === "string"){
if(!pattern31.test(key30)){
const err384 = {instancePath:instancePath+"/tlds",schemaPath:"#/properties/tlds/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*)$"},message:"must match pattern \""+"^(\\*|[a-z0-9-]+(\\.[a-z0-9-]+)*)$"+"\"",propertyName:key30};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
var valid105 = _errs401 === errors;
if(!valid105){
const err385 = {instancePath:instancePath+"/tlds",schemaPath:"#/properties/tlds/propertyNames",keyword:"propertyNames",params:{propertyName: key30},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
for(const key31 in data173){
if(!(validate21(data173[key31], {instancePath:instancePath+"/tlds/" + key31.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data173,parentDataProperty:key31,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err386 = {instancePath:instancePath+"/tlds",schemaPath:"#/properties/tlds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data.settings !== undefined){
let data175 = data.settings;
if(!(data175 && typeof data175 == "object" && !Array.isArray(data175))){
const err387 = {instancePath:instancePath+"/settings",schemaPath:"#/$defs/jsonSchema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data.network !== undefined){
let data176 = data.network;
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
for(const key32 in data176){
if(!(key32 === "allowedHosts")){
const err388 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data176.allowedHosts !== undefined){
let data177 = data176.allowedHosts;
if(Array.isArray(data177)){
const len1 = data177.length;
for(let i2=0; i2<len1; i2++){
let data178 = data177[i2];
if(typeof data178 === "string"){
if(!pattern32.test(data178)){
const err389 = {instancePath:instancePath+"/network/allowedHosts/" + i2,schemaPath:"#/properties/network/properties/allowedHosts/items/pattern",keyword:"pattern",params:{pattern: "^(\\*\\.)?[a-z0-9.-]+$"},message:"must match pattern \""+"^(\\*\\.)?[a-z0-9.-]+$"+"\""};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
else {
const err390 = {instancePath:instancePath+"/network/allowedHosts/" + i2,schemaPath:"#/properties/network/properties/allowedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
let i3 = data177.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data177[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err391 = {instancePath:instancePath+"/network/allowedHosts",schemaPath:"#/properties/network/properties/allowedHosts/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err392 = {instancePath:instancePath+"/network/allowedHosts",schemaPath:"#/properties/network/properties/allowedHosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
}
else {
const err393 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data.inbound !== undefined){
let data179 = data.inbound;
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
for(const key33 in data179){
if(!((key33 === "mail") || (key33 === "webhook"))){
const err394 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data179.mail !== undefined){
if(typeof data179.mail !== "boolean"){
const err395 = {instancePath:instancePath+"/inbound/mail",schemaPath:"#/properties/inbound/properties/mail/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
if(data179.webhook !== undefined){
if(typeof data179.webhook !== "boolean"){
const err396 = {instancePath:instancePath+"/inbound/webhook",schemaPath:"#/properties/inbound/properties/webhook/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
}
else {
const err397 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data.conformance !== undefined){
let data182 = data.conformance;
if(data182 && typeof data182 == "object" && !Array.isArray(data182)){
for(const key34 in data182){
if(!((key34 === "suite") || (key34 === "bypass"))){
const err398 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data182.suite !== undefined){
if(typeof data182.suite !== "string"){
const err399 = {instancePath:instancePath+"/conformance/suite",schemaPath:"#/properties/conformance/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data182.bypass !== undefined){
let data184 = data182.bypass;
if(Array.isArray(data184)){
const len2 = data184.length;
for(let i4=0; i4<len2; i4++){
let data185 = data184[i4];
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
if(data185.check === undefined){
const err400 = {instancePath:instancePath+"/conformance/bypass/" + i4,schemaPath:"#/properties/conformance/properties/bypass/items/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
if(data185.reason === undefined){
const err401 = {instancePath:instancePath+"/conformance/bypass/" + i4,schemaPath:"#/properties/conformance/properties/bypass/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
for(const key35 in data185){
if(!(((key35 === "check") || (key35 === "operation")) || (key35 === "reason"))){
const err402 = {instancePath:instancePath+"/conformance/bypass/" + i4,schemaPath:"#/properties/conformance/properties/bypass/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
if(data185.check !== undefined){
let data186 = data185.check;
if(!(((((((((((((data186 === "manifest") || (data186 === "scenarios")) || (data186 === "completion")) || (data186 === "unsupported-refuses")) || (data186 === "fault-timeout")) || (data186 === "fault-500")) || (data186 === "fault-503")) || (data186 === "fault-reset")) || (data186 === "fault-empty-body")) || (data186 === "fault-malformed-body")) || (data186 === "unused-exchanges")) || (data186 === "unrecorded-requests")) || (data186 === "secrets"))){
const err403 = {instancePath:instancePath+"/conformance/bypass/" + i4+"/check",schemaPath:"#/properties/conformance/properties/bypass/items/properties/check/enum",keyword:"enum",params:{allowedValues: schema31.properties.conformance.properties.bypass.items.properties.check.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data185.operation !== undefined){
if(typeof data185.operation !== "string"){
const err404 = {instancePath:instancePath+"/conformance/bypass/" + i4+"/operation",schemaPath:"#/properties/conformance/properties/bypass/items/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
if(data185.reason !== undefined){
let data188 = data185.reason;
if(typeof data188 === "string"){
if(func2(data188) < 10){
const err405 = {instancePath:instancePath+"/conformance/bypass/" + i4+"/reason",schemaPath:"#/properties/conformance/properties/bypass/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
else {
const err406 = {instancePath:instancePath+"/conformance/bypass/" + i4+"/reason",schemaPath:"#/properties/conformance/properties/bypass/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
}
else {
const err407 = {instancePath:instancePath+"/conformance/bypass/" + i4,schemaPath:"#/properties/conformance/properties/bypass/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
}
else {
const err408 = {instancePath:instancePath+"/conformance/bypass",schemaPath:"#/properties/conformance/properties/bypass/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
}
else {
const err409 = {instancePath:instancePath+"/conformance",schemaPath:"#/properties/conformance/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
}
else {
const err410 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateMetaSchema = validate0 as unknown as ValidateFunction;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\"definitions\" has been replaced by \"$defs\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\"dependencies\" has been split and replaced by \"dependentSchemas\" and \"dependentRequired\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\"$recursiveAnchor\" has been replaced by \"$dynamicAnchor\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\"$recursiveRef\" has been replaced by \"$dynamicRef\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}};
const schema23 = {"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]};
const schema5 = {"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"};
const schema2 = {"type":"string","format":"uri-reference"};
const schema1 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}};
const schema3 = {"type":"string","format":"uri"};
const pattern0 = new RegExp("^[^#]*#?$", "u");
const pattern1 = new RegExp("^[A-Za-z_][-A-Za-z0-9._]*$", "u");

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/meta/core" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema1.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate1;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$id !== undefined){
let data0 = data.$id;
if(!(typeof data0 === "string")){
const err1 = {instancePath:instancePath+"/$id",schemaPath:"#/$defs/uriReferenceString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/$id",schemaPath:"#/properties/%24id/pattern",keyword:"pattern",params:{pattern: "^[^#]*#?$"},message:"must match pattern \""+"^[^#]*#?$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.$schema !== undefined){
if(!(typeof data.$schema === "string")){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/$defs/uriString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.$ref !== undefined){
if(!(typeof data.$ref === "string")){
const err4 = {instancePath:instancePath+"/$ref",schemaPath:"#/$defs/uriReferenceString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$anchor !== undefined){
let data3 = data.$anchor;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err5 = {instancePath:instancePath+"/$anchor",schemaPath:"#/$defs/anchorString/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"},message:"must match pattern \""+"^[A-Za-z_][-A-Za-z0-9._]*$"+"\""};
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
const err6 = {instancePath:instancePath+"/$anchor",schemaPath:"#/$defs/anchorString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$dynamicRef !== undefined){
if(!(typeof data.$dynamicRef === "string")){
const err7 = {instancePath:instancePath+"/$dynamicRef",schemaPath:"#/$defs/uriReferenceString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.$dynamicAnchor !== undefined){
let data5 = data.$dynamicAnchor;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err8 = {instancePath:instancePath+"/$dynamicAnchor",schemaPath:"#/$defs/anchorString/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"},message:"must match pattern \""+"^[A-Za-z_][-A-Za-z0-9._]*$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/$dynamicAnchor",schemaPath:"#/$defs/anchorString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.$vocabulary !== undefined){
let data6 = data.$vocabulary;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
const _errs22 = errors;
if(!(typeof key0 === "string")){
const err10 = {instancePath:instancePath+"/$vocabulary",schemaPath:"#/$defs/uriString/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid7 = _errs22 === errors;
if(!valid7){
const err11 = {instancePath:instancePath+"/$vocabulary",schemaPath:"#/properties/%24vocabulary/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key1 in data6){
if(typeof data6[key1] !== "boolean"){
const err12 = {instancePath:instancePath+"/$vocabulary/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/%24vocabulary/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err13 = {instancePath:instancePath+"/$vocabulary",schemaPath:"#/properties/%24vocabulary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.$comment !== undefined){
if(typeof data.$comment !== "string"){
const err14 = {instancePath:instancePath+"/$comment",schemaPath:"#/properties/%24comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.$defs !== undefined){
let data9 = data.$defs;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
let data10 = data9[key2];
let _v0 = dynamicAnchors.meta;
if(_v0){
if(!(_v0(data10, {instancePath:instancePath+"/$defs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
errors = vErrors.length;
}
else {
var props0 = _v0.evaluated.props;
var items0 = _v0.evaluated.items;
}
}
else {
if(!(validate1(data10, {instancePath:instancePath+"/$defs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props1 = validate1.evaluated.props;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
var items1 = validate1.evaluated.items;
if(items0 !== true && items1 !== undefined){
items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/$defs",schemaPath:"#/properties/%24defs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":{"$id":true,"$schema":true,"$ref":true,"$anchor":true,"$dynamicRef":true,"$dynamicAnchor":true,"$vocabulary":true,"$comment":true,"$defs":true},"dynamicProps":false,"dynamicItems":false};

const schema9 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}};
const schema10 = {"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
let _v0 = dynamicAnchors.meta;
if(_v0){
if(!(_v0(data0, {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
errors = vErrors.length;
}
else {
var props0 = _v0.evaluated.props;
var items0 = _v0.evaluated.items;
}
}
else {
if(!(validate4(data0, {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
else {
var props1 = validate4.evaluated.props;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
var items1 = validate4.evaluated.items;
if(items0 !== true && items1 !== undefined){
items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
}
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/meta/applicator" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema9.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate3;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.prefixItems !== undefined){
if(!(validate4(data.prefixItems, {instancePath:instancePath+"/prefixItems",parentData:data,parentDataProperty:"prefixItems",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
if(data.items !== undefined){
let data1 = data.items;
let _v0 = dynamicAnchors.meta;
if(_v0){
if(!(_v0(data1, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
errors = vErrors.length;
}
else {
var props0 = _v0.evaluated.props;
var items0 = _v0.evaluated.items;
}
}
else {
if(!(validate3(data1, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props1 = validate3.evaluated.props;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
var items1 = validate3.evaluated.items;
if(items0 !== true && items1 !== undefined){
items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
}
}
}
}
if(data.contains !== undefined){
let data2 = data.contains;
let _v1 = dynamicAnchors.meta;
if(_v1){
if(!(_v1(data2, {instancePath:instancePath+"/contains",parentData:data,parentDataProperty:"contains",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v1.errors : vErrors.concat(_v1.errors);
errors = vErrors.length;
}
else {
var props2 = _v1.evaluated.props;
var items2 = _v1.evaluated.items;
}
}
else {
if(!(validate3(data2, {instancePath:instancePath+"/contains",parentData:data,parentDataProperty:"contains",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props3 = validate3.evaluated.props;
if(props2 !== true && props3 !== undefined){
if(props3 === true){
props2 = true;
}
else {
props2 = props2 || {};
Object.assign(props2, props3);
}
}
var items3 = validate3.evaluated.items;
if(items2 !== true && items3 !== undefined){
items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
}
}
}
}
if(data.additionalProperties !== undefined){
let data3 = data.additionalProperties;
let _v2 = dynamicAnchors.meta;
if(_v2){
if(!(_v2(data3, {instancePath:instancePath+"/additionalProperties",parentData:data,parentDataProperty:"additionalProperties",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v2.errors : vErrors.concat(_v2.errors);
errors = vErrors.length;
}
else {
var props4 = _v2.evaluated.props;
var items4 = _v2.evaluated.items;
}
}
else {
if(!(validate3(data3, {instancePath:instancePath+"/additionalProperties",parentData:data,parentDataProperty:"additionalProperties",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props5 = validate3.evaluated.props;
if(props4 !== true && props5 !== undefined){
if(props5 === true){
props4 = true;
}
else {
props4 = props4 || {};
Object.assign(props4, props5);
}
}
var items5 = validate3.evaluated.items;
if(items4 !== true && items5 !== undefined){
items4 = items5 === true ? true : items4 > items5 ? items4 : items5;
}
}
}
}
if(data.properties !== undefined){
let data4 = data.properties;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
let data5 = data4[key0];
let _v3 = dynamicAnchors.meta;
if(_v3){
if(!(_v3(data5, {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v3.errors : vErrors.concat(_v3.errors);
errors = vErrors.length;
}
else {
var props6 = _v3.evaluated.props;
var items6 = _v3.evaluated.items;
}
}
else {
if(!(validate3(data5, {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props7 = validate3.evaluated.props;
if(props6 !== true && props7 !== undefined){
if(props7 === true){
props6 = true;
}
else {
props6 = props6 || {};
Object.assign(props6, props7);
}
}
var items7 = validate3.evaluated.items;
if(items6 !== true && items7 !== undefined){
items6 = items7 === true ? true : items6 > items7 ? items6 : items7;
}
}
}
}
}
else {
const err1 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.patternProperties !== undefined){
let data6 = data.patternProperties;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs11 = errors;
var valid2 = _errs11 === errors;
if(!valid2){
const err2 = {instancePath:instancePath+"/patternProperties",schemaPath:"#/properties/patternProperties/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
let _v4 = dynamicAnchors.meta;
if(_v4){
if(!(_v4(data7, {instancePath:instancePath+"/patternProperties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v4.errors : vErrors.concat(_v4.errors);
errors = vErrors.length;
}
else {
var props8 = _v4.evaluated.props;
var items8 = _v4.evaluated.items;
}
}
else {
if(!(validate3(data7, {instancePath:instancePath+"/patternProperties/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props9 = validate3.evaluated.props;
if(props8 !== true && props9 !== undefined){
if(props9 === true){
props8 = true;
}
else {
props8 = props8 || {};
Object.assign(props8, props9);
}
}
var items9 = validate3.evaluated.items;
if(items8 !== true && items9 !== undefined){
items8 = items9 === true ? true : items8 > items9 ? items8 : items9;
}
}
}
}
}
else {
const err3 = {instancePath:instancePath+"/patternProperties",schemaPath:"#/properties/patternProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.dependentSchemas !== undefined){
let data8 = data.dependentSchemas;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
let data9 = data8[key3];
let _v5 = dynamicAnchors.meta;
if(_v5){
if(!(_v5(data9, {instancePath:instancePath+"/dependentSchemas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v5.errors : vErrors.concat(_v5.errors);
errors = vErrors.length;
}
else {
var props10 = _v5.evaluated.props;
var items10 = _v5.evaluated.items;
}
}
else {
if(!(validate3(data9, {instancePath:instancePath+"/dependentSchemas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props11 = validate3.evaluated.props;
if(props10 !== true && props11 !== undefined){
if(props11 === true){
props10 = true;
}
else {
props10 = props10 || {};
Object.assign(props10, props11);
}
}
var items11 = validate3.evaluated.items;
if(items10 !== true && items11 !== undefined){
items10 = items11 === true ? true : items10 > items11 ? items10 : items11;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/dependentSchemas",schemaPath:"#/properties/dependentSchemas/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.propertyNames !== undefined){
let data10 = data.propertyNames;
let _v6 = dynamicAnchors.meta;
if(_v6){
if(!(_v6(data10, {instancePath:instancePath+"/propertyNames",parentData:data,parentDataProperty:"propertyNames",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v6.errors : vErrors.concat(_v6.errors);
errors = vErrors.length;
}
else {
var props12 = _v6.evaluated.props;
var items12 = _v6.evaluated.items;
}
}
else {
if(!(validate3(data10, {instancePath:instancePath+"/propertyNames",parentData:data,parentDataProperty:"propertyNames",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props13 = validate3.evaluated.props;
if(props12 !== true && props13 !== undefined){
if(props13 === true){
props12 = true;
}
else {
props12 = props12 || {};
Object.assign(props12, props13);
}
}
var items13 = validate3.evaluated.items;
if(items12 !== true && items13 !== undefined){
items12 = items13 === true ? true : items12 > items13 ? items12 : items13;
}
}
}
}
if(data.if !== undefined){
let data11 = data.if;
let _v7 = dynamicAnchors.meta;
if(_v7){
if(!(_v7(data11, {instancePath:instancePath+"/if",parentData:data,parentDataProperty:"if",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v7.errors : vErrors.concat(_v7.errors);
errors = vErrors.length;
}
else {
var props14 = _v7.evaluated.props;
var items14 = _v7.evaluated.items;
}
}
else {
if(!(validate3(data11, {instancePath:instancePath+"/if",parentData:data,parentDataProperty:"if",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props15 = validate3.evaluated.props;
if(props14 !== true && props15 !== undefined){
if(props15 === true){
props14 = true;
}
else {
props14 = props14 || {};
Object.assign(props14, props15);
}
}
var items15 = validate3.evaluated.items;
if(items14 !== true && items15 !== undefined){
items14 = items15 === true ? true : items14 > items15 ? items14 : items15;
}
}
}
}
if(data.then !== undefined){
let data12 = data.then;
let _v8 = dynamicAnchors.meta;
if(_v8){
if(!(_v8(data12, {instancePath:instancePath+"/then",parentData:data,parentDataProperty:"then",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v8.errors : vErrors.concat(_v8.errors);
errors = vErrors.length;
}
else {
var props16 = _v8.evaluated.props;
var items16 = _v8.evaluated.items;
}
}
else {
if(!(validate3(data12, {instancePath:instancePath+"/then",parentData:data,parentDataProperty:"then",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props17 = validate3.evaluated.props;
if(props16 !== true && props17 !== undefined){
if(props17 === true){
props16 = true;
}
else {
props16 = props16 || {};
Object.assign(props16, props17);
}
}
var items17 = validate3.evaluated.items;
if(items16 !== true && items17 !== undefined){
items16 = items17 === true ? true : items16 > items17 ? items16 : items17;
}
}
}
}
if(data.else !== undefined){
let data13 = data.else;
let _v9 = dynamicAnchors.meta;
if(_v9){
if(!(_v9(data13, {instancePath:instancePath+"/else",parentData:data,parentDataProperty:"else",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v9.errors : vErrors.concat(_v9.errors);
errors = vErrors.length;
}
else {
var props18 = _v9.evaluated.props;
var items18 = _v9.evaluated.items;
}
}
else {
if(!(validate3(data13, {instancePath:instancePath+"/else",parentData:data,parentDataProperty:"else",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props19 = validate3.evaluated.props;
if(props18 !== true && props19 !== undefined){
if(props19 === true){
props18 = true;
}
else {
props18 = props18 || {};
Object.assign(props18, props19);
}
}
var items19 = validate3.evaluated.items;
if(items18 !== true && items19 !== undefined){
items18 = items19 === true ? true : items18 > items19 ? items18 : items19;
}
}
}
}
if(data.allOf !== undefined){
if(!(validate4(data.allOf, {instancePath:instancePath+"/allOf",parentData:data,parentDataProperty:"allOf",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
if(data.anyOf !== undefined){
if(!(validate4(data.anyOf, {instancePath:instancePath+"/anyOf",parentData:data,parentDataProperty:"anyOf",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
if(data.oneOf !== undefined){
if(!(validate4(data.oneOf, {instancePath:instancePath+"/oneOf",parentData:data,parentDataProperty:"oneOf",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
if(data.not !== undefined){
let data17 = data.not;
let _v10 = dynamicAnchors.meta;
if(_v10){
if(!(_v10(data17, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v10.errors : vErrors.concat(_v10.errors);
errors = vErrors.length;
}
else {
var props20 = _v10.evaluated.props;
var items20 = _v10.evaluated.items;
}
}
else {
if(!(validate3(data17, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
else {
var props21 = validate3.evaluated.props;
if(props20 !== true && props21 !== undefined){
if(props21 === true){
props20 = true;
}
else {
props20 = props20 || {};
Object.assign(props20, props21);
}
}
var items21 = validate3.evaluated.items;
if(items20 !== true && items21 !== undefined){
items20 = items21 === true ? true : items20 > items21 ? items20 : items21;
}
}
}
}
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":{"prefixItems":true,"items":true,"contains":true,"additionalProperties":true,"properties":true,"patternProperties":true,"dependentSchemas":true,"propertyNames":true,"if":true,"then":true,"else":true,"allOf":true,"anyOf":true,"oneOf":true,"not":true},"dynamicProps":false,"dynamicItems":false};

const schema11 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/meta/unevaluated" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema11.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate10;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unevaluatedItems !== undefined){
let data0 = data.unevaluatedItems;
let _v0 = dynamicAnchors.meta;
if(_v0){
if(!(_v0(data0, {instancePath:instancePath+"/unevaluatedItems",parentData:data,parentDataProperty:"unevaluatedItems",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
errors = vErrors.length;
}
else {
var props0 = _v0.evaluated.props;
var items0 = _v0.evaluated.items;
}
}
else {
if(!(validate10(data0, {instancePath:instancePath+"/unevaluatedItems",parentData:data,parentDataProperty:"unevaluatedItems",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
else {
var props1 = validate10.evaluated.props;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
var items1 = validate10.evaluated.items;
if(items0 !== true && items1 !== undefined){
items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
}
}
}
}
if(data.unevaluatedProperties !== undefined){
let data1 = data.unevaluatedProperties;
let _v1 = dynamicAnchors.meta;
if(_v1){
if(!(_v1(data1, {instancePath:instancePath+"/unevaluatedProperties",parentData:data,parentDataProperty:"unevaluatedProperties",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v1.errors : vErrors.concat(_v1.errors);
errors = vErrors.length;
}
else {
var props2 = _v1.evaluated.props;
var items2 = _v1.evaluated.items;
}
}
else {
if(!(validate10(data1, {instancePath:instancePath+"/unevaluatedProperties",parentData:data,parentDataProperty:"unevaluatedProperties",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
else {
var props3 = validate10.evaluated.props;
if(props2 !== true && props3 !== undefined){
if(props3 === true){
props2 = true;
}
else {
props2 = props2 || {};
Object.assign(props2, props3);
}
}
var items3 = validate10.evaluated.items;
if(items2 !== true && items3 !== undefined){
items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
}
}
}
}
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"props":{"unevaluatedItems":true,"unevaluatedProperties":true},"dynamicProps":false,"dynamicItems":false};

const schema12 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}};
const schema13 = {"enum":["array","boolean","integer","null","number","object","string"]};
const schema15 = {"type":"integer","minimum":0};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/meta/validation" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema12.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate12;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(!(((((((data0 === "array") || (data0 === "boolean")) || (data0 === "integer")) || (data0 === "null")) || (data0 === "number")) || (data0 === "object")) || (data0 === "string"))){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/simpleTypes/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
const _errs5 = errors;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((((((data1 === "array") || (data1 === "boolean")) || (data1 === "integer")) || (data1 === "null")) || (data1 === "number")) || (data1 === "object")) || (data1 === "string"))){
const err3 = {instancePath:instancePath+"/type/" + i0,schemaPath:"#/$defs/simpleTypes/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(data.enum !== undefined){
if(!(Array.isArray(data.enum))){
const err7 = {instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data3 = data.multipleOf;
if(typeof data3 == "number"){
if(data3 <= 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/properties/multipleOf/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/properties/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err10 = {instancePath:instancePath+"/maximum",schemaPath:"#/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(!(typeof data.exclusiveMaximum == "number")){
const err11 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/properties/exclusiveMaximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err12 = {instancePath:instancePath+"/minimum",schemaPath:"#/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(!(typeof data.exclusiveMinimum == "number")){
const err13 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/properties/exclusiveMinimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data8 = data.maxLength;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err14 = {instancePath:instancePath+"/maxLength",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/maxLength",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.minLength !== undefined){
let data9 = data.minLength;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err16 = {instancePath:instancePath+"/minLength",schemaPath:"#/$defs/nonNegativeIntegerDefault0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/minLength",schemaPath:"#/$defs/nonNegativeIntegerDefault0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err18 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data11 = data.maxItems;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err19 = {instancePath:instancePath+"/maxItems",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/maxItems",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.minItems !== undefined){
let data12 = data.minItems;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err21 = {instancePath:instancePath+"/minItems",schemaPath:"#/$defs/nonNegativeIntegerDefault0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err22 = {instancePath:instancePath+"/minItems",schemaPath:"#/$defs/nonNegativeIntegerDefault0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err23 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/properties/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.maxContains !== undefined){
let data14 = data.maxContains;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err24 = {instancePath:instancePath+"/maxContains",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
const err25 = {instancePath:instancePath+"/maxContains",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.minContains !== undefined){
let data15 = data.minContains;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err26 = {instancePath:instancePath+"/minContains",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
const err27 = {instancePath:instancePath+"/minContains",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.maxProperties !== undefined){
let data16 = data.maxProperties;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err28 = {instancePath:instancePath+"/maxProperties",schemaPath:"#/$defs/nonNegativeInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err29 = {instancePath:instancePath+"/maxProperties",schemaPath:"#/$defs/nonNegativeInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.minProperties !== undefined){
let data17 = data.minProperties;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err30 = {instancePath:instancePath+"/minProperties",schemaPath:"#/$defs/nonNegativeIntegerDefault0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
const err31 = {instancePath:instancePath+"/minProperties",schemaPath:"#/$defs/nonNegativeIntegerDefault0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.required !== undefined){
let data18 = data.required;
if(Array.isArray(data18)){
const len1 = data18.length;
for(let i2=0; i2<len1; i2++){
if(typeof data18[i2] !== "string"){
const err32 = {instancePath:instancePath+"/required/" + i2,schemaPath:"#/$defs/stringArray/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let i3 = data18.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data18[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err33 = {instancePath:instancePath+"/required",schemaPath:"#/$defs/stringArray/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err34 = {instancePath:instancePath+"/required",schemaPath:"#/$defs/stringArray/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.dependentRequired !== undefined){
let data20 = data.dependentRequired;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key0 in data20){
let data21 = data20[key0];
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i4=0; i4<len2; i4++){
if(typeof data21[i4] !== "string"){
const err35 = {instancePath:instancePath+"/dependentRequired/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/$defs/stringArray/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i5 = data21.length;
let j2;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data21[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err36 = {instancePath:instancePath+"/dependentRequired/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringArray/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err37 = {instancePath:instancePath+"/dependentRequired/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringArray/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err38 = {instancePath:instancePath+"/dependentRequired",schemaPath:"#/properties/dependentRequired/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"props":{"type":true,"const":true,"enum":true,"multipleOf":true,"maximum":true,"exclusiveMaximum":true,"minimum":true,"exclusiveMinimum":true,"maxLength":true,"minLength":true,"pattern":true,"maxItems":true,"minItems":true,"uniqueItems":true,"maxContains":true,"minContains":true,"maxProperties":true,"minProperties":true,"required":true,"dependentRequired":true},"dynamicProps":false,"dynamicItems":false};

const schema25 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/meta/meta-data" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema25.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate14;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err1 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.deprecated !== undefined){
if(typeof data.deprecated !== "boolean"){
const err3 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err4 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.writeOnly !== undefined){
if(typeof data.writeOnly !== "boolean"){
const err5 = {instancePath:instancePath+"/writeOnly",schemaPath:"#/properties/writeOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.examples !== undefined){
if(!(Array.isArray(data.examples))){
const err6 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":{"title":true,"description":true,"default":true,"deprecated":true,"readOnly":true,"writeOnly":true,"examples":true},"dynamicProps":false,"dynamicItems":false};

const schema26 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/meta/format-annotation" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema26.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate16;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err1 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"props":{"format":true},"dynamicProps":false,"dynamicItems":false};

const schema27 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/meta/content" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema27.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate18;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contentEncoding !== undefined){
if(typeof data.contentEncoding !== "string"){
const err1 = {instancePath:instancePath+"/contentEncoding",schemaPath:"#/properties/contentEncoding/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.contentMediaType !== undefined){
if(typeof data.contentMediaType !== "string"){
const err2 = {instancePath:instancePath+"/contentMediaType",schemaPath:"#/properties/contentMediaType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.contentSchema !== undefined){
let data2 = data.contentSchema;
let _v0 = dynamicAnchors.meta;
if(_v0){
if(!(_v0(data2, {instancePath:instancePath+"/contentSchema",parentData:data,parentDataProperty:"contentSchema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
errors = vErrors.length;
}
else {
var props0 = _v0.evaluated.props;
var items0 = _v0.evaluated.items;
}
}
else {
if(!(validate18(data2, {instancePath:instancePath+"/contentSchema",parentData:data,parentDataProperty:"contentSchema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
else {
var props1 = validate18.evaluated.props;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
var items1 = validate18.evaluated.items;
if(items0 !== true && items1 !== undefined){
items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
}
}
}
}
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"props":{"contentEncoding":true,"contentMediaType":true,"contentSchema":true},"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://json-schema.org/draft/2020-12/schema" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema0.type},message:"must be object,boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate0;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
if(!(validate3(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
if(!(validate10(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
if(!(validate12(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
if(!(validate14(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
if(!(validate16(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
if(!(validate18(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.definitions !== undefined){
let data0 = data.definitions;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
let data1 = data0[key0];
let _v0 = dynamicAnchors.meta;
if(_v0){
if(!(_v0(data1, {instancePath:instancePath+"/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v0.errors : vErrors.concat(_v0.errors);
errors = vErrors.length;
}
else {
var props0 = _v0.evaluated.props;
var items0 = _v0.evaluated.items;
}
}
else {
if(!(validate0(data1, {instancePath:instancePath+"/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
errors = vErrors.length;
}
else {
var props1 = validate0.evaluated.props;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
var items1 = validate0.evaluated.items;
if(items0 !== true && items1 !== undefined){
items0 = items1 === true ? true : items0 > items1 ? items0 : items1;
}
}
}
}
}
else {
const err1 = {instancePath:instancePath+"/definitions",schemaPath:"#/properties/definitions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dependencies !== undefined){
let data2 = data.dependencies;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
const _errs19 = errors;
let valid4 = false;
const _errs20 = errors;
let _v1 = dynamicAnchors.meta;
if(_v1){
if(!(_v1(data3, {instancePath:instancePath+"/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? _v1.errors : vErrors.concat(_v1.errors);
errors = vErrors.length;
}
else {
var props2 = _v1.evaluated.props;
var items2 = _v1.evaluated.items;
}
}
else {
if(!(validate0(data3, {instancePath:instancePath+"/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
errors = vErrors.length;
}
else {
var props3 = validate0.evaluated.props;
if(props2 !== true && props3 !== undefined){
if(props3 === true){
props2 = true;
}
else {
props2 = props2 || {};
Object.assign(props2, props3);
}
}
var items3 = validate0.evaluated.items;
if(items2 !== true && items3 !== undefined){
items2 = items3 === true ? true : items2 > items3 ? items2 : items3;
}
}
}
var _valid0 = _errs20 === errors;
valid4 = valid4 || _valid0;
const _errs21 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err2 = {instancePath:instancePath+"/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"meta/validation#/$defs/stringArray/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err3 = {instancePath:instancePath+"/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"meta/validation#/$defs/stringArray/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err4 = {instancePath:instancePath+"/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"meta/validation#/$defs/stringArray/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(items2 !== true){
items2 = true;
}
}
if(!valid4){
const err5 = {instancePath:instancePath+"/dependencies/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/dependencies/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.$recursiveAnchor !== undefined){
let data5 = data.$recursiveAnchor;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err7 = {instancePath:instancePath+"/$recursiveAnchor",schemaPath:"meta/core#/$defs/anchorString/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"},message:"must match pattern \""+"^[A-Za-z_][-A-Za-z0-9._]*$"+"\""};
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
const err8 = {instancePath:instancePath+"/$recursiveAnchor",schemaPath:"meta/core#/$defs/anchorString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.$recursiveRef !== undefined){
if(!(typeof data.$recursiveRef === "string")){
const err9 = {instancePath:instancePath+"/$recursiveRef",schemaPath:"meta/core#/$defs/uriReferenceString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":{"definitions":true,"dependencies":true,"$recursiveAnchor":true,"$recursiveRef":true,"contentEncoding":true,"contentMediaType":true,"contentSchema":true,"format":true,"title":true,"description":true,"default":true,"deprecated":true,"readOnly":true,"writeOnly":true,"examples":true,"type":true,"const":true,"enum":true,"multipleOf":true,"maximum":true,"exclusiveMaximum":true,"minimum":true,"exclusiveMinimum":true,"maxLength":true,"minLength":true,"pattern":true,"maxItems":true,"minItems":true,"uniqueItems":true,"maxContains":true,"minContains":true,"maxProperties":true,"minProperties":true,"required":true,"dependentRequired":true,"unevaluatedItems":true,"unevaluatedProperties":true,"prefixItems":true,"items":true,"contains":true,"additionalProperties":true,"properties":true,"patternProperties":true,"dependentSchemas":true,"propertyNames":true,"if":true,"then":true,"else":true,"allOf":true,"anyOf":true,"oneOf":true,"not":true,"$id":true,"$schema":true,"$ref":true,"$anchor":true,"$dynamicRef":true,"$dynamicAnchor":true,"$vocabulary":true,"$comment":true,"$defs":true},"dynamicProps":false,"dynamicItems":false};
