/* Generated from config.schema.json by scripts/generate-config-validator.mjs. Do not edit. */
// @ts-nocheck
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';

// The generated code loads ajv's small run-time helpers (string length, deep equality) with require.
const require = createRequire(import.meta.url);

export const validateConfigSchema = validate20 as unknown as ValidateFunction;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://registrar-kit.dev/schemas/host-config-1.json","title":"RegistrarKitConfig","description":"registrar-kit host configuration: plugin instances, per-TLD connectors, the store. Secrets are written as {\"$env\": \"NAME\"} and read from the environment.","type":"object","additionalProperties":false,"required":["plugins","connectors"],"properties":{"$schema":{"type":"string"},"store":{"type":"object","additionalProperties":false,"properties":{"sqlite":{"type":"string","minLength":1,"description":"SQLite file path (relative to the config file) or :memory:."}}},"plugins":{"type":"array","items":{"$ref":"#/$defs/plugin"}},"connectors":{"type":"array","items":{"$ref":"#/$defs/connector"}},"mail":{"type":"object","additionalProperties":false,"properties":{"smtpUrl":{"description":"Outbound SMTP relay URL (smtp://host:port).","anyOf":[{"type":"string"},{"$ref":"#/$defs/envRef"}]},"from":{"type":"string"}}},"inbound":{"type":"object","additionalProperties":false,"properties":{"smtp":{"type":"object","additionalProperties":false,"required":["port"],"properties":{"host":{"type":"string"},"port":{"type":"integer","minimum":0,"maximum":65535}}}}},"tracker":{"type":"object","additionalProperties":false,"properties":{"leaseSeconds":{"type":"integer","minimum":1},"batchSize":{"type":"integer","minimum":1}}}},"$defs":{"envRef":{"type":"object","additionalProperties":false,"required":["$env"],"properties":{"$env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}},"plugin":{"type":"object","additionalProperties":false,"required":["name","package"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Instance name, unique; two instances of one plugin (two reseller accounts) have two names."},"package":{"type":"string","minLength":1,"description":"npm package name, or a path relative to the config file."},"settings":{"type":"object","description":"Validated against the plugin manifest's settings schema. Secret values as {\"$env\": \"NAME\"}."},"inbound":{"type":"object","additionalProperties":false,"properties":{"address":{"type":"string","description":"The address registrar mail for this instance is sent to (AutoDNS reply_to, R01 replies)."},"allowedSenders":{"type":"array","items":{"type":"string"}},"requireDkim":{"type":"boolean"}}},"mailFrom":{"type":"string","description":"From address for this instance's outbound registrar mail."}}},"connector":{"type":"object","additionalProperties":false,"required":["tld","plugin"],"properties":{"name":{"type":"string","description":"Defaults to the TLD."},"tld":{"type":"string","pattern":"^[a-z0-9-]+(\\.[a-z0-9-]+)*$","description":"Without the leading dot; IDN TLDs in A-label form (xn--p1ai)."},"plugin":{"type":"string","description":"A plugin instance name."},"modes":{"type":"object","additionalProperties":false,"properties":{"register":{"enum":["auto","manual","unsupported"]},"renew":{"enum":["auto","manual","unsupported"]},"transfer":{"enum":["auto","manual","unsupported"]},"cancel":{"enum":["auto","manual","unsupported"]}}},"flags":{"type":"object","additionalProperties":false,"properties":{"editNameservers":{"type":"boolean"},"manageContacts":{"type":"boolean"},"registrarLock":{"type":"boolean"},"transferKey":{"type":"boolean"},"transferUsesProviderNameservers":{"type":"boolean"},"whoisPrivacy":{"type":"boolean"}}}}}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["name","package"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Instance name, unique; two instances of one plugin (two reseller accounts) have two names."},"package":{"type":"string","minLength":1,"description":"npm package name, or a path relative to the config file."},"settings":{"type":"object","description":"Validated against the plugin manifest's settings schema. Secret values as {\"$env\": \"NAME\"}."},"inbound":{"type":"object","additionalProperties":false,"properties":{"address":{"type":"string","description":"The address registrar mail for this instance is sent to (AutoDNS reply_to, R01 replies)."},"allowedSenders":{"type":"array","items":{"type":"string"}},"requireDkim":{"type":"boolean"}}},"mailFrom":{"type":"string","description":"From address for this instance's outbound registrar mail."}}};
const schema33 = {"type":"object","additionalProperties":false,"required":["tld","plugin"],"properties":{"name":{"type":"string","description":"Defaults to the TLD."},"tld":{"type":"string","pattern":"^[a-z0-9-]+(\\.[a-z0-9-]+)*$","description":"Without the leading dot; IDN TLDs in A-label form (xn--p1ai)."},"plugin":{"type":"string","description":"A plugin instance name."},"modes":{"type":"object","additionalProperties":false,"properties":{"register":{"enum":["auto","manual","unsupported"]},"renew":{"enum":["auto","manual","unsupported"]},"transfer":{"enum":["auto","manual","unsupported"]},"cancel":{"enum":["auto","manual","unsupported"]}}},"flags":{"type":"object","additionalProperties":false,"properties":{"editNameservers":{"type":"boolean"},"manageContacts":{"type":"boolean"},"registrarLock":{"type":"boolean"},"transferKey":{"type":"boolean"},"transferUsesProviderNameservers":{"type":"boolean"},"whoisPrivacy":{"type":"boolean"}}}}};
const schema34 = {"type":"object","additionalProperties":false,"required":["$env"],"properties":{"$env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern5 = new RegExp("^[a-z0-9-]+(\\.[a-z0-9-]+)*$", "u");
const pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

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
if(!(key1 === "sqlite")){
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
}
else {
const err7 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.plugins !== undefined){
let data3 = data.plugins;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err8 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4.package === undefined){
const err9 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data4){
if(!(((((key2 === "name") || (key2 === "package")) || (key2 === "settings")) || (key2 === "inbound")) || (key2 === "mailFrom"))){
const err10 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.name !== undefined){
let data5 = data4.name;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err11 = {instancePath:instancePath+"/plugins/" + i0+"/name",schemaPath:"#/$defs/plugin/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
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
const err12 = {instancePath:instancePath+"/plugins/" + i0+"/name",schemaPath:"#/$defs/plugin/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.package !== undefined){
let data6 = data4.package;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err13 = {instancePath:instancePath+"/plugins/" + i0+"/package",schemaPath:"#/$defs/plugin/properties/package/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err14 = {instancePath:instancePath+"/plugins/" + i0+"/package",schemaPath:"#/$defs/plugin/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.settings !== undefined){
let data7 = data4.settings;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err15 = {instancePath:instancePath+"/plugins/" + i0+"/settings",schemaPath:"#/$defs/plugin/properties/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.inbound !== undefined){
let data8 = data4.inbound;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!(((key3 === "address") || (key3 === "allowedSenders")) || (key3 === "requireDkim"))){
const err16 = {instancePath:instancePath+"/plugins/" + i0+"/inbound",schemaPath:"#/$defs/plugin/properties/inbound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.address !== undefined){
if(typeof data8.address !== "string"){
const err17 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/address",schemaPath:"#/$defs/plugin/properties/inbound/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.allowedSenders !== undefined){
let data10 = data8.allowedSenders;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err18 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/allowedSenders/" + i1,schemaPath:"#/$defs/plugin/properties/inbound/properties/allowedSenders/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/allowedSenders",schemaPath:"#/$defs/plugin/properties/inbound/properties/allowedSenders/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data8.requireDkim !== undefined){
if(typeof data8.requireDkim !== "boolean"){
const err20 = {instancePath:instancePath+"/plugins/" + i0+"/inbound/requireDkim",schemaPath:"#/$defs/plugin/properties/inbound/properties/requireDkim/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err21 = {instancePath:instancePath+"/plugins/" + i0+"/inbound",schemaPath:"#/$defs/plugin/properties/inbound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.mailFrom !== undefined){
if(typeof data4.mailFrom !== "string"){
const err22 = {instancePath:instancePath+"/plugins/" + i0+"/mailFrom",schemaPath:"#/$defs/plugin/properties/mailFrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err23 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/$defs/plugin/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err24 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.connectors !== undefined){
let data14 = data.connectors;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.tld === undefined){
const err25 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/required",keyword:"required",params:{missingProperty: "tld"},message:"must have required property '"+"tld"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data15.plugin === undefined){
const err26 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key4 in data15){
if(!(((((key4 === "name") || (key4 === "tld")) || (key4 === "plugin")) || (key4 === "modes")) || (key4 === "flags"))){
const err27 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data15.name !== undefined){
if(typeof data15.name !== "string"){
const err28 = {instancePath:instancePath+"/connectors/" + i2+"/name",schemaPath:"#/$defs/connector/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data15.tld !== undefined){
let data17 = data15.tld;
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err29 = {instancePath:instancePath+"/connectors/" + i2+"/tld",schemaPath:"#/$defs/connector/properties/tld/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9-]+(\\.[a-z0-9-]+)*$"},message:"must match pattern \""+"^[a-z0-9-]+(\\.[a-z0-9-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/connectors/" + i2+"/tld",schemaPath:"#/$defs/connector/properties/tld/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data15.plugin !== undefined){
if(typeof data15.plugin !== "string"){
const err31 = {instancePath:instancePath+"/connectors/" + i2+"/plugin",schemaPath:"#/$defs/connector/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data15.modes !== undefined){
let data19 = data15.modes;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key5 in data19){
if(!((((key5 === "register") || (key5 === "renew")) || (key5 === "transfer")) || (key5 === "cancel"))){
const err32 = {instancePath:instancePath+"/connectors/" + i2+"/modes",schemaPath:"#/$defs/connector/properties/modes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data19.register !== undefined){
let data20 = data19.register;
if(!(((data20 === "auto") || (data20 === "manual")) || (data20 === "unsupported"))){
const err33 = {instancePath:instancePath+"/connectors/" + i2+"/modes/register",schemaPath:"#/$defs/connector/properties/modes/properties/register/enum",keyword:"enum",params:{allowedValues: schema33.properties.modes.properties.register.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data19.renew !== undefined){
let data21 = data19.renew;
if(!(((data21 === "auto") || (data21 === "manual")) || (data21 === "unsupported"))){
const err34 = {instancePath:instancePath+"/connectors/" + i2+"/modes/renew",schemaPath:"#/$defs/connector/properties/modes/properties/renew/enum",keyword:"enum",params:{allowedValues: schema33.properties.modes.properties.renew.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data19.transfer !== undefined){
let data22 = data19.transfer;
if(!(((data22 === "auto") || (data22 === "manual")) || (data22 === "unsupported"))){
const err35 = {instancePath:instancePath+"/connectors/" + i2+"/modes/transfer",schemaPath:"#/$defs/connector/properties/modes/properties/transfer/enum",keyword:"enum",params:{allowedValues: schema33.properties.modes.properties.transfer.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data19.cancel !== undefined){
let data23 = data19.cancel;
if(!(((data23 === "auto") || (data23 === "manual")) || (data23 === "unsupported"))){
const err36 = {instancePath:instancePath+"/connectors/" + i2+"/modes/cancel",schemaPath:"#/$defs/connector/properties/modes/properties/cancel/enum",keyword:"enum",params:{allowedValues: schema33.properties.modes.properties.cancel.enum},message:"must be equal to one of the allowed values"};
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
const err37 = {instancePath:instancePath+"/connectors/" + i2+"/modes",schemaPath:"#/$defs/connector/properties/modes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.flags !== undefined){
let data24 = data15.flags;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(!((((((key6 === "editNameservers") || (key6 === "manageContacts")) || (key6 === "registrarLock")) || (key6 === "transferKey")) || (key6 === "transferUsesProviderNameservers")) || (key6 === "whoisPrivacy"))){
const err38 = {instancePath:instancePath+"/connectors/" + i2+"/flags",schemaPath:"#/$defs/connector/properties/flags/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data24.editNameservers !== undefined){
if(typeof data24.editNameservers !== "boolean"){
const err39 = {instancePath:instancePath+"/connectors/" + i2+"/flags/editNameservers",schemaPath:"#/$defs/connector/properties/flags/properties/editNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data24.manageContacts !== undefined){
if(typeof data24.manageContacts !== "boolean"){
const err40 = {instancePath:instancePath+"/connectors/" + i2+"/flags/manageContacts",schemaPath:"#/$defs/connector/properties/flags/properties/manageContacts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data24.registrarLock !== undefined){
if(typeof data24.registrarLock !== "boolean"){
const err41 = {instancePath:instancePath+"/connectors/" + i2+"/flags/registrarLock",schemaPath:"#/$defs/connector/properties/flags/properties/registrarLock/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data24.transferKey !== undefined){
if(typeof data24.transferKey !== "boolean"){
const err42 = {instancePath:instancePath+"/connectors/" + i2+"/flags/transferKey",schemaPath:"#/$defs/connector/properties/flags/properties/transferKey/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data24.transferUsesProviderNameservers !== undefined){
if(typeof data24.transferUsesProviderNameservers !== "boolean"){
const err43 = {instancePath:instancePath+"/connectors/" + i2+"/flags/transferUsesProviderNameservers",schemaPath:"#/$defs/connector/properties/flags/properties/transferUsesProviderNameservers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data24.whoisPrivacy !== undefined){
if(typeof data24.whoisPrivacy !== "boolean"){
const err44 = {instancePath:instancePath+"/connectors/" + i2+"/flags/whoisPrivacy",schemaPath:"#/$defs/connector/properties/flags/properties/whoisPrivacy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err45 = {instancePath:instancePath+"/connectors/" + i2+"/flags",schemaPath:"#/$defs/connector/properties/flags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/connectors/" + i2,schemaPath:"#/$defs/connector/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err47 = {instancePath:instancePath+"/connectors",schemaPath:"#/properties/connectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.mail !== undefined){
let data31 = data.mail;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key7 in data31){
if(!((key7 === "smtpUrl") || (key7 === "from"))){
const err48 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data31.smtpUrl !== undefined){
let data32 = data31.smtpUrl;
const _errs72 = errors;
let valid16 = false;
const _errs73 = errors;
if(typeof data32 !== "string"){
const err49 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/properties/mail/properties/smtpUrl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid0 = _errs73 === errors;
valid16 = valid16 || _valid0;
const _errs75 = errors;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.$env === undefined){
const err50 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/required",keyword:"required",params:{missingProperty: "$env"},message:"must have required property '"+"$env"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key8 in data32){
if(!(key8 === "$env")){
const err51 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data32.$env !== undefined){
let data33 = data32.$env;
if(typeof data33 === "string"){
if(!pattern6.test(data33)){
const err52 = {instancePath:instancePath+"/mail/smtpUrl/$env",schemaPath:"#/$defs/envRef/properties/%24env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
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
const err53 = {instancePath:instancePath+"/mail/smtpUrl/$env",schemaPath:"#/$defs/envRef/properties/%24env/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/$defs/envRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid0 = _errs75 === errors;
valid16 = valid16 || _valid0;
if(!valid16){
const err55 = {instancePath:instancePath+"/mail/smtpUrl",schemaPath:"#/properties/mail/properties/smtpUrl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
if(data31.from !== undefined){
if(typeof data31.from !== "string"){
const err56 = {instancePath:instancePath+"/mail/from",schemaPath:"#/properties/mail/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err57 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.inbound !== undefined){
let data35 = data.inbound;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key9 in data35){
if(!(key9 === "smtp")){
const err58 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data35.smtp !== undefined){
let data36 = data35.smtp;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.port === undefined){
const err59 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key10 in data36){
if(!((key10 === "host") || (key10 === "port"))){
const err60 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data36.host !== undefined){
if(typeof data36.host !== "string"){
const err61 = {instancePath:instancePath+"/inbound/smtp/host",schemaPath:"#/properties/inbound/properties/smtp/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data36.port !== undefined){
let data38 = data36.port;
if(!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))){
const err62 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data38 == "number"){
if(data38 > 65535 || isNaN(data38)){
const err63 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data38 < 0 || isNaN(data38)){
const err64 = {instancePath:instancePath+"/inbound/smtp/port",schemaPath:"#/properties/inbound/properties/smtp/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/inbound/smtp",schemaPath:"#/properties/inbound/properties/smtp/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/inbound",schemaPath:"#/properties/inbound/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.tracker !== undefined){
let data39 = data.tracker;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key11 in data39){
if(!((key11 === "leaseSeconds") || (key11 === "batchSize"))){
const err67 = {instancePath:instancePath+"/tracker",schemaPath:"#/properties/tracker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data39.leaseSeconds !== undefined){
let data40 = data39.leaseSeconds;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err68 = {instancePath:instancePath+"/tracker/leaseSeconds",schemaPath:"#/properties/tracker/properties/leaseSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(typeof data40 == "number"){
if(data40 < 1 || isNaN(data40)){
const err69 = {instancePath:instancePath+"/tracker/leaseSeconds",schemaPath:"#/properties/tracker/properties/leaseSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data39.batchSize !== undefined){
let data41 = data39.batchSize;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err70 = {instancePath:instancePath+"/tracker/batchSize",schemaPath:"#/properties/tracker/properties/batchSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(typeof data41 == "number"){
if(data41 < 1 || isNaN(data41)){
const err71 = {instancePath:instancePath+"/tracker/batchSize",schemaPath:"#/properties/tracker/properties/batchSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err72 = {instancePath:instancePath+"/tracker",schemaPath:"#/properties/tracker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
