import { XMLParser } from 'fast-xml-parser';
import { isRegistrarError } from '@registrar-kit/sdk';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, parseEnvelope, SoapFault, soapAction, toOperationResponse } from './soap.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, preserveOrder: false });

describe('SOAP envelopes', () => {
  it('builds a SOAP 1.1 rpc envelope: the function element in the API namespace, arguments in order, text escaped', () => {
    const xml = buildEnvelope('domainRenew', [['IDSession', 'S1'], ['domain', 'a&b<c>.fr'], ['duration', 2]]);
    const doc = parser.parse(xml);
    const env = doc['soapenv:Envelope'];
    expect(env['@xmlns:soapenv']).toBe('http://schemas.xmlsoap.org/soap/envelope/');
    const fn = env['soapenv:Body']['ns:domainRenew'];
    expect(fn['@xmlns:ns']).toBe('urn:DRS');
    expect(fn.domain).toBe('a&b<c>.fr');
    expect(fn.duration).toBe('2');
    // rpc style: the order of the parts is the signature's.
    expect(xml.indexOf('<IDSession>')).toBeLessThan(xml.indexOf('<domain>'));
    expect(xml.indexOf('<domain>')).toBeLessThan(xml.indexOf('<duration>'));
  });

  it('nests structures and arrays (StructContact, DSRecords items)', () => {
    const xml = buildEnvelope('domainSetDNSSecExt', [['domain', 'x.fr'], ['DSRecords', { item: [{ keyTag: 1, algo: 13 }, { keyTag: 2, algo: 8 }] }]]);
    const fn = parser.parse(xml)['soapenv:Envelope']['soapenv:Body']['ns:domainSetDNSSecExt'];
    expect(fn.DSRecords.item).toEqual([{ keyTag: '1', algo: '13' }, { keyTag: '2', algo: '8' }]);
  });

  it('reads the return value of <fnResponse>', () => {
    const ret = parseEnvelope('<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><ns1:queryOpeResponse xmlns:ns1="urn:DRS"><return><ID_OPE>7</ID_OPE><STATUS>DONE</STATUS></return></ns1:queryOpeResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>', 'queryOpe');
    expect(toOperationResponse(ret, 'queryOpe')).toMatchObject({ id: '7', status: 'Done' });
  });

  it('throws a SoapFault carrying the Exx-Mxxxx code, from faultcode or faultstring', () => {
    const run = (code: string, text: string) => {
      try {
        parseEnvelope(`<Envelope><Body><Fault><faultcode>${code}</faultcode><faultstring>${text}</faultstring></Fault></Body></Envelope>`, 'sessionOpen');
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const a = run('E01-M0101', 'Unable to connect - Bad login / password combinaison');
    expect(a).toBeInstanceOf(SoapFault);
    expect((a as SoapFault).apiCode).toBe('E01-M0101');
    expect((run('SOAP-ENV:Server', 'E12-M1204 operation closed') as SoapFault).apiCode).toBe('E12-M1204');
    // A bare family code, as in "E13 : Province : Invalid value" (altenwald/soap-elixir's decode test).
    expect((run('E13', 'E13 : Province : Invalid value') as SoapFault).apiCode).toBe('E13');
    expect((run('SOAP-ENV:Server', 'E02 - invalid session') as SoapFault).apiCode).toBe('E02');
  });

  it('reads the reply part by the name the function gives it; sessionClose answers no part', () => {
    const env = (inner: string) => `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:DRS"><SOAP-ENV:Body>${inner}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;
    expect(parseEnvelope(env('<ns1:sessionOpenResponse><IDSession>abc</IDSession></ns1:sessionOpenResponse>'), 'sessionOpen')).toBe('abc');
    expect(parseEnvelope(env('<ns1:contactCreateResponse><idContact>JD1</idContact></ns1:contactCreateResponse>'), 'contactCreate')).toBe('JD1');
    expect(parseEnvelope(env('<ns1:sessionCloseResponse/>'), 'sessionClose')).toBeUndefined();
    expect(() => parseEnvelope(env('<ns1:contactCreateResponse><return>JD1</return></ns1:contactCreateResponse>'), 'contactCreate')).toThrow(/could not be read/);
  });

  it('sends SOAPAction https://api.netim.com/2.0/#{function}', () => {
    expect(soapAction('domainCheck')).toBe('https://api.netim.com/2.0/#domainCheck');
  });

  it('reports a body that is not a SOAP answer as PROTOCOL', () => {
    for (const body of ['', '{"json": true}', '<html>oops</html>', '<Envelope><Body><other/></Body></Envelope>']) {
      let error: unknown;
      try {
        parseEnvelope(body, 'domainInfo');
      } catch (e) {
        error = e;
      }
      expect(isRegistrarError(error) && error.code).toBe('PROTOCOL');
    }
  });

  it('refuses a StructOperationResponse without STATUS', () => {
    expect(() => toOperationResponse({ ID_OPE: '1' }, 'domainCreate')).toThrow(/could not be read/);
  });
});
