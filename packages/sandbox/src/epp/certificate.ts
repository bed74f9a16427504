import { generate } from 'selfsigned';

/** A throwaway TLS identity for the sandbox's EPP server. */
export interface SandboxCertificate {
  /** PEM certificate: also the CA a client trusts (it is self-signed). */
  cert: string;
  /** PEM private key; stays in this process. */
  key: string;
}

/**
 * A self-signed certificate for `localhost` and 127.0.0.1 / ::1, made at start so nothing secret
 * ships with the package. Validity is in real time (TLS checks the wall clock, not the sandbox's
 * virtual clock): from yesterday, for 30 days.
 */
export async function makeSandboxCertificate(): Promise<SandboxCertificate> {
  const from = new Date(Date.now() - 86_400_000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: from,
    notAfterDate: new Date(from.getTime() + 30 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/** A private CA for TLS client authentication, and one client certificate it issued. */
export interface SandboxClientAuthority {
  /** PEM certificate of the CA the server trusts for client certificates. */
  ca: string;
  /** PEM client certificate (`tls.cert` in the plugin's settings), issued to the login's client id. */
  cert: string;
  /** PEM private key of the client certificate (`tls.key`): a setting marked secret. */
  key: string;
}

/**
 * A throwaway CA and a client certificate signed by it, for a server that requires TLS client
 * authentication (RFC 5734 §9: the server may ask for the client's certificate). The CA key is
 * dropped once the client certificate is issued, so nothing else can be signed with it.
 */
export async function makeClientAuthority(clientId: string): Promise<SandboxClientAuthority> {
  const from = new Date(Date.now() - 86_400_000);
  const until = new Date(from.getTime() + 30 * 86_400_000);
  const base = { keyType: 'ec', curve: 'P-256', algorithm: 'sha256', notBeforeDate: from, notAfterDate: until } as const;
  const ca = await generate([{ name: 'commonName', value: 'registrar-kit sandbox client CA' }], {
    ...base,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const client = await generate([{ name: 'commonName', value: clientId }], {
    ...base,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
  });
  return { ca: ca.cert, cert: client.cert, key: client.private };
}
