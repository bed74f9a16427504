/**
 * `registrar@example.com` matches itself; `@example.com` matches every sender of exactly that
 * domain (not its subdomains, which a registrar's customers may control). Case-insensitive.
 */
export function senderAllowed(sender: string | undefined, allowed: readonly string[] | undefined): boolean {
  if (sender === undefined || allowed === undefined || allowed.length === 0) return false;
  const s = sender.trim().toLowerCase();
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return false;
  return allowed.some((pattern) => {
    const p = pattern.trim().toLowerCase();
    return p.startsWith('@') ? s.slice(at) === p : s === p;
  });
}

export type SenderVerdict = { allowed: true; sender: string } | { allowed: false; detail: string };

/**
 * The sender check of one message: exactly one `From` header with exactly one address, and that
 * address allowed. Several are refused: a forger can put the registrar's next to their own, and a
 * mail parser keeps only one of several `From` headers (mailparser: the last).
 */
export function checkSender(fromAddresses: readonly string[], allowed: readonly string[] | undefined, fromHeaders = 1): SenderVerdict {
  if (fromHeaders > 1) return { allowed: false, detail: `the message has ${fromHeaders} From headers` };
  const [sender, ...others] = fromAddresses;
  if (sender === undefined) return { allowed: false, detail: 'the message has no From address' };
  if (others.length > 0) return { allowed: false, detail: `the message has ${fromAddresses.length} From addresses (${fromAddresses.join(', ')})` };
  if (allowed === undefined || allowed.length === 0) return { allowed: false, detail: `no allowed senders are configured, so ${sender} is refused` };
  if (!senderAllowed(sender, allowed)) return { allowed: false, detail: `sender ${sender} is not among the allowed senders (${allowed.join(', ')})` };
  return { allowed: true, sender };
}
