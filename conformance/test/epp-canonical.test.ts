import { describe, expect, it } from 'vitest';
import { canonicalEpp } from '../src/epp-canonical.js';
import { matchTemplate } from '../src/placeholders.js';

const recorded = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:ietf:params:xml:ns:epp-1.0 epp-1.0.xsd">
  <command>
    <create>
      <domain:create xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
        <domain:name>example.com</domain:name>
        <domain:period unit="y">2</domain:period>
      </domain:create>
    </create>
    <clTRID>{{clTRID}}</clTRID>
  </command>
</epp>`;

describe('canonical EPP frames', () => {
  it('ignore whitespace, the declaration, schemaLocation and the spelling of prefixes, and capture {{clTRID}}', () => {
    const sent = '<e:epp xmlns:e="urn:ietf:params:xml:ns:epp-1.0"><e:command><e:create><d:create xmlns:d="urn:ietf:params:xml:ns:domain-1.0"><d:name>example.com</d:name><d:period unit="y">2</d:period></d:create></e:create><e:clTRID>op-1-1</e:clTRID></e:command></e:epp>';
    expect(matchTemplate(canonicalEpp(recorded), canonicalEpp(sent), new Map(), {})?.get('clTRID')).toBe('op-1-1');
  });

  it('keep element order, values, attributes and namespaces significant', () => {
    const variants = [
      recorded.replace('>2<', '>3<'),
      recorded.replace('unit="y"', 'unit="m"'),
      recorded.replace('xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"', 'xmlns:domain="urn:example:other"'),
      recorded.replace(/(<domain:name>.*<\/domain:name>)\s*(<domain:period.*<\/domain:period>)/, '$2$1'),
    ];
    for (const variant of variants) {
      expect(matchTemplate(canonicalEpp(recorded), canonicalEpp(variant.replace('{{clTRID}}', 'x-1')), new Map(), {})).toBeUndefined();
    }
  });

  it('keep a value on its line, so a placeholder cannot swallow the next element', () => {
    expect(canonicalEpp('<epp><a>one\ntwo</a><b>3</b></epp>').split('\n')).toEqual(['<epp>', '  <a>one\\ntwo', '  <b>3']);
  });
});
