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
