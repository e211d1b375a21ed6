/**
 * GENERATED FILE: DO NOT EDIT BY HAND.
 * Ajv standalone code of the fixture format's validator from spec/fixture.schema.yaml and spec/openapi.yaml. Regenerate with `pnpm generate`; `pnpm test` fails when this file is stale.
 */

// @ts-nocheck
import * as equalModule from "ajv/dist/runtime/equal.js";
import * as ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";
import * as formatsModule from "ajv-formats/dist/formats.js";
/** A runtime function of Ajv's (CommonJS: its `default` export, however the loader wraps it). */
const runtime = (module: any) => (typeof module.default === "function" ? module.default : module.default.default);


export const validateFixtureSchema = validate20;
const schema31 = {"title":"Tessera mock fixture","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"organizations":{"type":"array","items":{"$ref":"#/$defs/FixtureOrganization"}},"users":{"type":"array","items":{"$ref":"#/$defs/FixtureUser"}},"resources":{"type":"array","items":{"$ref":"#/$defs/FixtureResource"}},"tokens":{"type":"array","items":{"$ref":"#/$defs/FixtureToken"}}},"$defs":{"OrganizationId":{"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},"UserId":{"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},"Name":{"type":"string","minLength":1,"maxLength":200},"FixtureOrganization":{"type":"object","additionalProperties":false,"required":["id","name","plan"],"properties":{"id":{"$ref":"#/$defs/OrganizationId"},"name":{"$ref":"#/$defs/Name"},"plan":{"$ref":"#/$defs/Plan"},"balance":{"type":"number","default":0},"maxTokenLifetimeDays":{"type":["integer","null"],"minimum":1,"maximum":36525,"default":null},"createdAt":{"$ref":"#/$defs/Timestamp"}}},"FixtureMembership":{"type":"object","additionalProperties":false,"required":["organizationId","role"],"properties":{"organizationId":{"$ref":"#/$defs/OrganizationId"},"role":{"$ref":"#/$defs/Role"}}},"FixtureUser":{"type":"object","additionalProperties":false,"required":["id","email","firstName","lastName"],"properties":{"id":{"$ref":"#/$defs/UserId"},"email":{"type":"string","format":"email","maxLength":254},"password":{"type":"string","minLength":1,"maxLength":1024},"passwordHash":{"type":"string","pattern":"^pbkdf2-sha256\\$[1-9][0-9]{0,7}\\$[^$]{1,200}\\$[A-Za-z0-9+/]{43}=$"},"firstName":{"$ref":"#/$defs/Name"},"lastName":{"$ref":"#/$defs/Name"},"emailIsVerified":{"type":"boolean","default":true},"receiveReports":{"$ref":"#/$defs/ReceiveReports","default":"weekly"},"memberships":{"type":"array","default":[],"items":{"$ref":"#/$defs/FixtureMembership"}}},"allOf":[{"title":"Give either `password` or `passwordHash`, not both.","oneOf":[{"required":["password"]},{"required":["passwordHash"]}]}]},"FixtureResource":{"type":"object","additionalProperties":false,"required":["id","type","name","organizationId"],"properties":{"id":{"$ref":"#/$defs/ResourceId"},"type":{"$ref":"#/$defs/SelectableResourceType"},"name":{"$ref":"#/$defs/Name"},"organizationId":{"$ref":"#/$defs/OrganizationId"}}},"FixtureToken":{"type":"object","additionalProperties":false,"required":["id","type","organizationId","createdBy","label"],"properties":{"id":{"$ref":"#/$defs/TokenId"},"type":{"$ref":"#/$defs/TokenType"},"legacy":{"type":"boolean","default":false},"organizationId":{"$ref":"#/$defs/OrganizationId"},"ownerUserId":{"$ref":"#/$defs/UserId"},"createdBy":{"$ref":"#/$defs/UserId"},"label":{"$ref":"#/$defs/TokenLabel"},"description":{"$ref":"#/$defs/TokenDescription","default":null},"role":{"$ref":"#/$defs/Role"},"scopes":{"$ref":"#/$defs/ScopeList"},"sensitiveData":{"$ref":"#/$defs/SensitiveData","default":"visible"},"secret":{"type":"string","maxLength":100},"secretHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"prefix":{"type":"string","minLength":12,"maxLength":12},"createdAt":{"$ref":"#/$defs/Timestamp"},"expiresAt":{"default":null,"oneOf":[{"$ref":"#/$defs/Timestamp"},{"type":"null"}]},"revokedAt":{"default":null,"oneOf":[{"$ref":"#/$defs/Timestamp"},{"type":"null"}]}},"dependentRequired":{"secretHash":["prefix"],"prefix":["secretHash"]},"allOf":[{"title":"Give either `secret`, or `secretHash` with `prefix`.","oneOf":[{"required":["secret"]},{"required":["secretHash"]}]},{"title":"A personal token has no `role` and is never a legacy key.","if":{"required":["type"],"properties":{"type":{"const":"personal"}}},"then":{"properties":{"role":false,"legacy":{"const":false}}}},{"title":"An organization token has no `ownerUserId`.","if":{"required":["type"],"properties":{"type":{"const":"organization"}}},"then":{"properties":{"ownerUserId":false}}}]},"Access":{"type":"string","enum":["read","write"]},"GrantResource":{"oneOf":[{"$ref":"#/$defs/ResourceType"},{"type":"string","const":"*"}]},"Plan":{"type":"string","enum":["solo","teams","enterprise"]},"ReceiveReports":{"type":"string","enum":["never","daily","weekly","monthly"]},"ResourceId":{"type":"string","pattern":"^(zone|dom|cert)_[0-9A-Za-z]{1,40}$"},"ResourceType":{"type":"string","enum":["tokens","members","zones","domains","certificates","billing"]},"Role":{"type":"string","enum":["admin","developer"]},"ScopeGrant":{"type":"object","additionalProperties":false,"required":["resource","access"],"properties":{"resource":{"$ref":"#/$defs/GrantResource"},"access":{"$ref":"#/$defs/Access"},"resourceIds":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/ResourceId"}}}},"ScopeList":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/$defs/ScopeGrant"}},"SelectableResourceType":{"type":"string","enum":["zones","domains","certificates"]},"SensitiveData":{"type":"string","enum":["hidden","visible"]},"Timestamp":{"type":"string","format":"date-time"},"TokenDescription":{"type":["string","null"],"maxLength":500},"TokenId":{"type":"string","pattern":"^tok_[0-9A-Za-z]{16}$"},"TokenLabel":{"type":"string","minLength":1,"maxLength":200},"TokenType":{"type":"string","enum":["personal","organization"]}}};
const schema32 = {"type":"object","additionalProperties":false,"required":["id","name","plan"],"properties":{"id":{"$ref":"#/$defs/OrganizationId"},"name":{"$ref":"#/$defs/Name"},"plan":{"$ref":"#/$defs/Plan"},"balance":{"type":"number","default":0},"maxTokenLifetimeDays":{"type":["integer","null"],"minimum":1,"maximum":36525,"default":null},"createdAt":{"$ref":"#/$defs/Timestamp"}}};
const schema33 = {"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"};
const schema34 = {"type":"string","minLength":1,"maxLength":200};
const schema35 = {"type":"string","enum":["solo","teams","enterprise"]};
const schema36 = {"type":"string","format":"date-time"};
const pattern4 = new RegExp("^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$", "u");
const func1 = runtime(ucs2lengthModule);
const formats0 = formatsModule.fullFormats["date-time"];

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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.plan === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'",schema:schema32.required,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "plan")) || (key0 === "balance")) || (key0 === "maxTokenLifetimeDays")) || (key0 === "createdAt"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/OrganizationId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",parentSchema:schema33,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/OrganizationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 200){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data1};
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
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.plan !== undefined){
let data2 = data.plan;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/Plan/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data2 === "solo") || (data2 === "teams")) || (data2 === "enterprise"))){
const err10 = {instancePath:instancePath+"/plan",schemaPath:"#/$defs/Plan/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.balance !== undefined){
let data3 = data.balance;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/balance",schemaPath:"#/properties/balance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema32.properties.balance.type,parentSchema:schema32.properties.balance,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.maxTokenLifetimeDays !== undefined){
let data4 = data.maxTokenLifetimeDays;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (data4 !== null)){
const err12 = {instancePath:instancePath+"/maxTokenLifetimeDays",schemaPath:"#/properties/maxTokenLifetimeDays/type",keyword:"type",params:{type: schema32.properties.maxTokenLifetimeDays.type},message:"must be integer,null",schema:schema32.properties.maxTokenLifetimeDays.type,parentSchema:schema32.properties.maxTokenLifetimeDays,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 36525 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/maxTokenLifetimeDays",schemaPath:"#/properties/maxTokenLifetimeDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36525},message:"must be <= 36525",schema:36525,parentSchema:schema32.properties.maxTokenLifetimeDays,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/maxTokenLifetimeDays",schemaPath:"#/properties/maxTokenLifetimeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.maxTokenLifetimeDays,data:data4};
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
if(data.createdAt !== undefined){
let data5 = data.createdAt;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err15 = {instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema36,data:data5};
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
const err16 = {instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","additionalProperties":false,"required":["id","email","firstName","lastName"],"properties":{"id":{"$ref":"#/$defs/UserId"},"email":{"type":"string","format":"email","maxLength":254},"password":{"type":"string","minLength":1,"maxLength":1024},"passwordHash":{"type":"string","pattern":"^pbkdf2-sha256\\$[1-9][0-9]{0,7}\\$[^$]{1,200}\\$[A-Za-z0-9+/]{43}=$"},"firstName":{"$ref":"#/$defs/Name"},"lastName":{"$ref":"#/$defs/Name"},"emailIsVerified":{"type":"boolean","default":true},"receiveReports":{"$ref":"#/$defs/ReceiveReports","default":"weekly"},"memberships":{"type":"array","default":[],"items":{"$ref":"#/$defs/FixtureMembership"}}},"allOf":[{"title":"Give either `password` or `passwordHash`, not both.","oneOf":[{"required":["password"]},{"required":["passwordHash"]}]}]};
const schema38 = {"type":"string","pattern":"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"};
const schema41 = {"type":"string","enum":["never","daily","weekly","monthly"]};
const func3 = Object.prototype.hasOwnProperty;
const pattern6 = new RegExp("^pbkdf2-sha256\\$[1-9][0-9]{0,7}\\$[^$]{1,200}\\$[A-Za-z0-9+/]{43}=$", "u");
const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const schema42 = {"type":"object","additionalProperties":false,"required":["organizationId","role"],"properties":{"organizationId":{"$ref":"#/$defs/OrganizationId"},"role":{"$ref":"#/$defs/Role"}}};
const schema44 = {"type":"string","enum":["admin","developer"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.organizationId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organizationId"},message:"must have required property '"+"organizationId"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "organizationId") || (key0 === "role"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.organizationId !== undefined){
let data0 = data.organizationId;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/organizationId",schemaPath:"#/$defs/OrganizationId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",parentSchema:schema33,data:data0};
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
const err4 = {instancePath:instancePath+"/organizationId",schemaPath:"#/$defs/OrganizationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/Role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data1 === "admin") || (data1 === "developer"))){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/Role/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data:data1};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.password === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'",schema:schema37.allOf[0].oneOf[0].required,parentSchema:schema37.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.passwordHash === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "passwordHash"},message:"must have required property '"+"passwordHash"+"'",schema:schema37.allOf[0].oneOf[1].required,parentSchema:schema37.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
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
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.allOf[0].oneOf,parentSchema:schema37.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.email === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.firstName === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "firstName"},message:"must have required property '"+"firstName"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.lastName === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lastName"},message:"must have required property '"+"lastName"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema37.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/UserId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",parentSchema:schema38,data:data0};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/UserId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
if(typeof data1 === "string"){
if(func1(data1) > 254){
const err10 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema37.properties.email,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats2.test(data1))){
const err11 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema37.properties.email,data:data1};
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
const err12 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.email.type,parentSchema:schema37.properties.email,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.password !== undefined){
let data2 = data.password;
if(typeof data2 === "string"){
if(func1(data2) > 1024){
const err13 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema37.properties.password,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data2) < 1){
const err14 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.password,data:data2};
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
const err15 = {instancePath:instancePath+"/password",schemaPath:"#/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.password.type,parentSchema:schema37.properties.password,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.passwordHash !== undefined){
let data3 = data.passwordHash;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err16 = {instancePath:instancePath+"/passwordHash",schemaPath:"#/properties/passwordHash/pattern",keyword:"pattern",params:{pattern: "^pbkdf2-sha256\\$[1-9][0-9]{0,7}\\$[^$]{1,200}\\$[A-Za-z0-9+/]{43}=$"},message:"must match pattern \""+"^pbkdf2-sha256\\$[1-9][0-9]{0,7}\\$[^$]{1,200}\\$[A-Za-z0-9+/]{43}=$"+"\"",schema:"^pbkdf2-sha256\\$[1-9][0-9]{0,7}\\$[^$]{1,200}\\$[A-Za-z0-9+/]{43}=$",parentSchema:schema37.properties.passwordHash,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/passwordHash",schemaPath:"#/properties/passwordHash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.passwordHash.type,parentSchema:schema37.properties.passwordHash,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.firstName !== undefined){
let data4 = data.firstName;
if(typeof data4 === "string"){
if(func1(data4) > 200){
const err18 = {instancePath:instancePath+"/firstName",schemaPath:"#/$defs/Name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func1(data4) < 1){
const err19 = {instancePath:instancePath+"/firstName",schemaPath:"#/$defs/Name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/firstName",schemaPath:"#/$defs/Name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.lastName !== undefined){
let data5 = data.lastName;
if(typeof data5 === "string"){
if(func1(data5) > 200){
const err21 = {instancePath:instancePath+"/lastName",schemaPath:"#/$defs/Name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func1(data5) < 1){
const err22 = {instancePath:instancePath+"/lastName",schemaPath:"#/$defs/Name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data5};
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
const err23 = {instancePath:instancePath+"/lastName",schemaPath:"#/$defs/Name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.emailIsVerified !== undefined){
let data6 = data.emailIsVerified;
if(typeof data6 !== "boolean"){
const err24 = {instancePath:instancePath+"/emailIsVerified",schemaPath:"#/properties/emailIsVerified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.emailIsVerified.type,parentSchema:schema37.properties.emailIsVerified,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.receiveReports !== undefined){
let data7 = data.receiveReports;
if(typeof data7 !== "string"){
const err25 = {instancePath:instancePath+"/receiveReports",schemaPath:"#/$defs/ReceiveReports/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((((data7 === "never") || (data7 === "daily")) || (data7 === "weekly")) || (data7 === "monthly"))){
const err26 = {instancePath:instancePath+"/receiveReports",schemaPath:"#/$defs/ReceiveReports/enum",keyword:"enum",params:{allowedValues: schema41.enum},message:"must be equal to one of the allowed values",schema:schema41.enum,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.memberships !== undefined){
let data8 = data.memberships;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data8[i0], {instancePath:instancePath+"/memberships/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/memberships",schemaPath:"#/properties/memberships/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.memberships.type,parentSchema:schema37.properties.memberships,data:data8};
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
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"type":"object","additionalProperties":false,"required":["id","type","name","organizationId"],"properties":{"id":{"$ref":"#/$defs/ResourceId"},"type":{"$ref":"#/$defs/SelectableResourceType"},"name":{"$ref":"#/$defs/Name"},"organizationId":{"$ref":"#/$defs/OrganizationId"}}};
const schema46 = {"type":"string","pattern":"^(zone|dom|cert)_[0-9A-Za-z]{1,40}$"};
const schema47 = {"type":"string","enum":["zones","domains","certificates"]};
const pattern8 = new RegExp("^(zone|dom|cert)_[0-9A-Za-z]{1,40}$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.organizationId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organizationId"},message:"must have required property '"+"organizationId"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "type")) || (key0 === "name")) || (key0 === "organizationId"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^(zone|dom|cert)_[0-9A-Za-z]{1,40}$"},message:"must match pattern \""+"^(zone|dom|cert)_[0-9A-Za-z]{1,40}$"+"\"",schema:"^(zone|dom|cert)_[0-9A-Za-z]{1,40}$",parentSchema:schema46,data:data0};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SelectableResourceType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data1 === "zones") || (data1 === "domains")) || (data1 === "certificates"))){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/SelectableResourceType/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func1(data2) > 200){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/Name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.organizationId !== undefined){
let data3 = data.organizationId;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/organizationId",schemaPath:"#/$defs/OrganizationId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",parentSchema:schema33,data:data3};
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
const err13 = {instancePath:instancePath+"/organizationId",schemaPath:"#/$defs/OrganizationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","additionalProperties":false,"required":["id","type","organizationId","createdBy","label"],"properties":{"id":{"$ref":"#/$defs/TokenId"},"type":{"$ref":"#/$defs/TokenType"},"legacy":{"type":"boolean","default":false},"organizationId":{"$ref":"#/$defs/OrganizationId"},"ownerUserId":{"$ref":"#/$defs/UserId"},"createdBy":{"$ref":"#/$defs/UserId"},"label":{"$ref":"#/$defs/TokenLabel"},"description":{"$ref":"#/$defs/TokenDescription","default":null},"role":{"$ref":"#/$defs/Role"},"scopes":{"$ref":"#/$defs/ScopeList"},"sensitiveData":{"$ref":"#/$defs/SensitiveData","default":"visible"},"secret":{"type":"string","maxLength":100},"secretHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"prefix":{"type":"string","minLength":12,"maxLength":12},"createdAt":{"$ref":"#/$defs/Timestamp"},"expiresAt":{"default":null,"oneOf":[{"$ref":"#/$defs/Timestamp"},{"type":"null"}]},"revokedAt":{"default":null,"oneOf":[{"$ref":"#/$defs/Timestamp"},{"type":"null"}]}},"dependentRequired":{"secretHash":["prefix"],"prefix":["secretHash"]},"allOf":[{"title":"Give either `secret`, or `secretHash` with `prefix`.","oneOf":[{"required":["secret"]},{"required":["secretHash"]}]},{"title":"A personal token has no `role` and is never a legacy key.","if":{"required":["type"],"properties":{"type":{"const":"personal"}}},"then":{"properties":{"role":false,"legacy":{"const":false}}}},{"title":"An organization token has no `ownerUserId`.","if":{"required":["type"],"properties":{"type":{"const":"organization"}}},"then":{"properties":{"ownerUserId":false}}}]};
const schema51 = {"type":"string","pattern":"^tok_[0-9A-Za-z]{16}$"};
const schema52 = {"type":"string","enum":["personal","organization"]};
const schema56 = {"type":"string","minLength":1,"maxLength":200};
const schema57 = {"type":["string","null"],"maxLength":500};
const schema65 = {"type":"string","enum":["hidden","visible"]};
const pattern10 = new RegExp("^tok_[0-9A-Za-z]{16}$", "u");
const pattern15 = new RegExp("^[0-9a-f]{64}$", "u");
const schema59 = {"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/$defs/ScopeGrant"}};
const schema60 = {"type":"object","additionalProperties":false,"required":["resource","access"],"properties":{"resource":{"$ref":"#/$defs/GrantResource"},"access":{"$ref":"#/$defs/Access"},"resourceIds":{"type":"array","minItems":1,"maxItems":100,"uniqueItems":true,"items":{"$ref":"#/$defs/ResourceId"}}}};
const schema63 = {"type":"string","enum":["read","write"]};
const schema61 = {"oneOf":[{"$ref":"#/$defs/ResourceType"},{"type":"string","const":"*"}]};
const schema62 = {"type":"string","enum":["tokens","members","zones","domains","certificates","billing"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/ResourceType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data === "tokens") || (data === "members")) || (data === "zones")) || (data === "domains")) || (data === "certificates")) || (data === "billing"))){
const err1 = {instancePath,schemaPath:"#/$defs/ResourceType/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values",schema:schema62.enum,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(typeof data !== "string"){
const err2 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.oneOf[1].type,parentSchema:schema61.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("*" !== data){
const err3 = {instancePath,schemaPath:"#/oneOf/1/const",keyword:"const",params:{allowedValue: "*"},message:"must be equal to constant",schema:"*",parentSchema:schema61.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema61.oneOf,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":false,"dynamicItems":false};

const func0 = runtime(equalModule);

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resource === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.access === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "access"},message:"must have required property '"+"access"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "resource") || (key0 === "access")) || (key0 === "resourceIds"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.resource !== undefined){
if(!(validate32(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.access !== undefined){
let data1 = data.access;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/Access/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "read") || (data1 === "write"))){
const err4 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/Access/enum",keyword:"enum",params:{allowedValues: schema63.enum},message:"must be equal to one of the allowed values",schema:schema63.enum,parentSchema:schema63,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.resourceIds !== undefined){
let data2 = data.resourceIds;
if(Array.isArray(data2)){
if(data2.length > 100){
const err5 = {instancePath:instancePath+"/resourceIds",schemaPath:"#/properties/resourceIds/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema60.properties.resourceIds,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/resourceIds",schemaPath:"#/properties/resourceIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema60.properties.resourceIds,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err7 = {instancePath:instancePath+"/resourceIds/" + i0,schemaPath:"#/$defs/ResourceId/pattern",keyword:"pattern",params:{pattern: "^(zone|dom|cert)_[0-9A-Za-z]{1,40}$"},message:"must match pattern \""+"^(zone|dom|cert)_[0-9A-Za-z]{1,40}$"+"\"",schema:"^(zone|dom|cert)_[0-9A-Za-z]{1,40}$",parentSchema:schema46,data:data3};
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
const err8 = {instancePath:instancePath+"/resourceIds/" + i0,schemaPath:"#/$defs/ResourceId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err9 = {instancePath:instancePath+"/resourceIds",schemaPath:"#/properties/resourceIds/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema60.properties.resourceIds,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/resourceIds",schemaPath:"#/properties/resourceIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema60.properties.resourceIds.type,parentSchema:schema60.properties.resourceIds,data:data2};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 20){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate31(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secret === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/oneOf/0/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema50.allOf[0].oneOf[0].required,parentSchema:schema50.allOf[0].oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secretHash === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/oneOf/1/required",keyword:"required",params:{missingProperty: "secretHash"},message:"must have required property '"+"secretHash"+"'",schema:schema50.allOf[0].oneOf[1].required,parentSchema:schema50.allOf[0].oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
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
const err2 = {instancePath,schemaPath:"#/allOf/0/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema50.allOf[0].oneOf,parentSchema:schema50.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
const _errs6 = errors;
let valid2 = true;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
if(data.type !== undefined){
if("personal" !== data.type){
const err4 = {};
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
}
var _valid1 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role !== undefined){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/allOf/1/then/properties/role/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema50.allOf[1].then.properties.role,data:data.role};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.legacy !== undefined){
let data2 = data.legacy;
if(false !== data2){
const err6 = {instancePath:instancePath+"/legacy",schemaPath:"#/allOf/1/then/properties/legacy/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema50.allOf[1].then.properties.legacy,data:data2};
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
var _valid1 = _errs9 === errors;
valid2 = _valid1;
if(valid2){
var props0 = {};
props0.role = true;
props0.legacy = true;
props0.type = true;
}
}
if(!valid2){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema50.allOf[1].if,parentSchema:schema50.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs12 = errors;
let valid5 = true;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.type !== undefined){
if("organization" !== data.type){
const err9 = {};
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
}
var _valid2 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ownerUserId !== undefined){
const err10 = {instancePath:instancePath+"/ownerUserId",schemaPath:"#/allOf/2/then/properties/ownerUserId/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema50.allOf[2].then.properties.ownerUserId,data:data.ownerUserId};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs15 === errors;
valid5 = _valid2;
if(valid5){
var props1 = {};
props1.ownerUserId = true;
props1.type = true;
}
}
if(!valid5){
const err11 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema50.allOf[2].if,parentSchema:schema50.allOf[2],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.type === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.organizationId === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organizationId"},message:"must have required property '"+"organizationId"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.createdBy === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdBy"},message:"must have required property '"+"createdBy"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.label === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema50.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.id !== undefined){
let data5 = data.id;
if(typeof data5 === "string"){
if(!pattern10.test(data5)){
const err18 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/TokenId/pattern",keyword:"pattern",params:{pattern: "^tok_[0-9A-Za-z]{16}$"},message:"must match pattern \""+"^tok_[0-9A-Za-z]{16}$"+"\"",schema:"^tok_[0-9A-Za-z]{16}$",parentSchema:schema51,data:data5};
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
const err19 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/TokenId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TokenType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((data6 === "personal") || (data6 === "organization"))){
const err21 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/TokenType/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values",schema:schema52.enum,parentSchema:schema52,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.legacy !== undefined){
let data7 = data.legacy;
if(typeof data7 !== "boolean"){
const err22 = {instancePath:instancePath+"/legacy",schemaPath:"#/properties/legacy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.legacy.type,parentSchema:schema50.properties.legacy,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.organizationId !== undefined){
let data8 = data.organizationId;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err23 = {instancePath:instancePath+"/organizationId",schemaPath:"#/$defs/OrganizationId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/organizationId",schemaPath:"#/$defs/OrganizationId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.ownerUserId !== undefined){
let data9 = data.ownerUserId;
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err25 = {instancePath:instancePath+"/ownerUserId",schemaPath:"#/$defs/UserId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",parentSchema:schema38,data:data9};
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
const err26 = {instancePath:instancePath+"/ownerUserId",schemaPath:"#/$defs/UserId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.createdBy !== undefined){
let data10 = data.createdBy;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err27 = {instancePath:instancePath+"/createdBy",schemaPath:"#/$defs/UserId/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"},message:"must match pattern \""+"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$"+"\"",schema:"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$",parentSchema:schema38,data:data10};
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
const err28 = {instancePath:instancePath+"/createdBy",schemaPath:"#/$defs/UserId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.label !== undefined){
let data11 = data.label;
if(typeof data11 === "string"){
if(func1(data11) > 200){
const err29 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/TokenLabel/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema56,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func1(data11) < 1){
const err30 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/TokenLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/TokenLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.description !== undefined){
let data12 = data.description;
if((typeof data12 !== "string") && (data12 !== null)){
const err32 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TokenDescription/type",keyword:"type",params:{type: schema57.type},message:"must be string,null",schema:schema57.type,parentSchema:schema57,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data12 === "string"){
if(func1(data12) > 500){
const err33 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/TokenDescription/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema57,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data.role !== undefined){
let data13 = data.role;
if(typeof data13 !== "string"){
const err34 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/Role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((data13 === "admin") || (data13 === "developer"))){
const err35 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/Role/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values",schema:schema44.enum,parentSchema:schema44,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.scopes !== undefined){
if(!(validate30(data.scopes, {instancePath:instancePath+"/scopes",parentData:data,parentDataProperty:"scopes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.sensitiveData !== undefined){
let data15 = data.sensitiveData;
if(typeof data15 !== "string"){
const err36 = {instancePath:instancePath+"/sensitiveData",schemaPath:"#/$defs/SensitiveData/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.type,parentSchema:schema65,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data15 === "hidden") || (data15 === "visible"))){
const err37 = {instancePath:instancePath+"/sensitiveData",schemaPath:"#/$defs/SensitiveData/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values",schema:schema65.enum,parentSchema:schema65,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.secret !== undefined){
let data16 = data.secret;
if(typeof data16 === "string"){
if(func1(data16) > 100){
const err38 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema50.properties.secret,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.secret.type,parentSchema:schema50.properties.secret,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.secretHash !== undefined){
let data17 = data.secretHash;
if(typeof data17 === "string"){
if(!pattern15.test(data17)){
const err40 = {instancePath:instancePath+"/secretHash",schemaPath:"#/properties/secretHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema50.properties.secretHash,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/secretHash",schemaPath:"#/properties/secretHash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.secretHash.type,parentSchema:schema50.properties.secretHash,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.prefix !== undefined){
let data18 = data.prefix;
if(typeof data18 === "string"){
if(func1(data18) > 12){
const err42 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/maxLength",keyword:"maxLength",params:{limit: 12},message:"must NOT have more than 12 characters",schema:12,parentSchema:schema50.properties.prefix,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func1(data18) < 12){
const err43 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/minLength",keyword:"minLength",params:{limit: 12},message:"must NOT have fewer than 12 characters",schema:12,parentSchema:schema50.properties.prefix,data:data18};
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
const err44 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.prefix.type,parentSchema:schema50.properties.prefix,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data19 = data.createdAt;
if(typeof data19 === "string"){
if(!(formats0.validate(data19))){
const err45 = {instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema36,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/createdAt",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.expiresAt !== undefined){
let data20 = data.expiresAt;
const _errs57 = errors;
let valid19 = false;
let passing1 = null;
const _errs58 = errors;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err47 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema36,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid3 = _errs58 === errors;
if(_valid3){
valid19 = true;
passing1 = 0;
}
const _errs61 = errors;
if(data20 !== null){
const err49 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.expiresAt.oneOf[1].type,parentSchema:schema50.properties.expiresAt.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid3 = _errs61 === errors;
if(_valid3 && valid19){
valid19 = false;
passing1 = [passing1, 1];
}
else {
if(_valid3){
valid19 = true;
passing1 = 1;
}
}
if(!valid19){
const err50 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema50.properties.expiresAt.oneOf,parentSchema:schema50.properties.expiresAt,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
if(data.revokedAt !== undefined){
let data21 = data.revokedAt;
const _errs64 = errors;
let valid21 = false;
let passing2 = null;
const _errs65 = errors;
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
const err51 = {instancePath:instancePath+"/revokedAt",schemaPath:"#/$defs/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema36,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/revokedAt",schemaPath:"#/$defs/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid4 = _errs65 === errors;
if(_valid4){
valid21 = true;
passing2 = 0;
}
const _errs68 = errors;
if(data21 !== null){
const err53 = {instancePath:instancePath+"/revokedAt",schemaPath:"#/properties/revokedAt/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.revokedAt.oneOf[1].type,parentSchema:schema50.properties.revokedAt.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid4 = _errs68 === errors;
if(_valid4 && valid21){
valid21 = false;
passing2 = [passing2, 1];
}
else {
if(_valid4){
valid21 = true;
passing2 = 1;
}
}
if(!valid21){
const err54 = {instancePath:instancePath+"/revokedAt",schemaPath:"#/properties/revokedAt/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema50.properties.revokedAt.oneOf,parentSchema:schema50.properties.revokedAt,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
errors = _errs64;
if(vErrors !== null){
if(_errs64){
vErrors.length = _errs64;
}
else {
vErrors = null;
}
}
}
}
if(data.secretHash !== undefined){
if(data.prefix === undefined){
const err55 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "secretHash",
    missingProperty: "prefix",
    depsCount: 1,
    deps: "prefix"},message:"must have property prefix when property secretHash is present",schema:schema50.dependentRequired,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.prefix !== undefined){
if(data.secretHash === undefined){
const err56 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "prefix",
    missingProperty: "secretHash",
    depsCount: 1,
    deps: "secretHash"},message:"must have property secretHash when property prefix is present",schema:schema50.dependentRequired,parentSchema:schema50,data};
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
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "organizations")) || (key0 === "users")) || (key0 === "resources")) || (key0 === "tokens"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.organizations !== undefined){
let data1 = data.organizations;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data1[i0], {instancePath:instancePath+"/organizations/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.organizations.type,parentSchema:schema31.properties.organizations,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.users !== undefined){
let data3 = data.users;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data3[i1], {instancePath:instancePath+"/users/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.users.type,parentSchema:schema31.properties.users,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.resources !== undefined){
let data5 = data.resources;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(!(validate27(data5[i2], {instancePath:instancePath+"/resources/" + i2,parentData:data5,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.resources.type,parentSchema:schema31.properties.resources,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tokens !== undefined){
let data7 = data.tokens;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
if(!(validate29(data7[i3], {instancePath:instancePath+"/tokens/" + i3,parentData:data7,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tokens.type,parentSchema:schema31.properties.tokens,data:data7};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

