import { definePlugin } from '@registrar-kit/sdk';
import { handleMessage } from './messages.js';
import { register, renew, updateContacts, updateNameservers } from './operations.js';
import type { R01Settings } from './settings.js';

/**
 * R01.RU over its e-mail request interface (docs/registrars/r01ru.md): every request is a koi8-r mail, every
 * result a reply mail. Operations the mail interface cannot do are manual or unsupported in the
 * manifest and have no handler here.
 */
export default definePlugin<R01Settings>()({
  id: 'r01ru',
  auto: ['register', 'renew', 'updateNameservers', 'updateContacts'],
  mailCharset: 'koi8-r',
  operations: { register, renew, updateNameservers, updateContacts },
  handleMessage,
});
