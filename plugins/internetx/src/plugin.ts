import { definePlugin } from '@registrar-kit/sdk';
import { handleMessage } from './completion/handle-message.js';
import { poll } from './completion/poll.js';
import { cancel } from './operations/cancel.js';
import { getAuthCode } from './operations/get-auth-code.js';
import { info } from './operations/info.js';
import { register } from './operations/register.js';
import { setRegistrarLock } from './operations/set-registrar-lock.js';
import { transfer } from './operations/transfer.js';
import { refuse } from './operations/unsupported.js';
import { approveTransferOut, listDomains, rejectTransferOut, restore } from './operations/vocabulary.js';
import { updateContacts } from './operations/update-contacts.js';
import { updateNameservers } from './operations/update-nameservers.js';
import type { InternetXSettings } from './settings.js';

/**
 * The InterNetX plugin (docs/registrars/internetx.md): AutoDNS XML gateway over HTTPS, job results by notification
 * mail (`handleMessage`) or, for accounts that poll, the message queue (`poll`).
 */
export default definePlugin<InternetXSettings>()({
  id: 'internetx',
  auto: ['register', 'transfer', 'updateNameservers', 'updateContacts', 'setRegistrarLock', 'getAuthCode', 'cancel', 'info', 'restore', 'approveTransferOut', 'rejectTransferOut', 'listDomains'],
  operations: {
    register,
    transfer,
    updateNameservers,
    updateContacts,
    setRegistrarLock,
    getAuthCode,
    cancel,
    info,
    // The registrar renews domains itself; a renewal must never reach it.
    renew: refuse('renew'),
    setAutoRenew: refuse('setAutoRenew'),
    checkAvailability: refuse('checkAvailability'),
    setWhoisPrivacy: refuse('setWhoisPrivacy'),
    setDnssec: refuse('setDnssec'),
    restore,
    approveTransferOut,
    rejectTransferOut,
    listDomains,
    createHost: refuse('createHost'),
    updateHost: refuse('updateHost'),
    deleteHost: refuse('deleteHost'),
    resendTransferConfirmation: refuse('resendTransferConfirmation'),
    listTlds: refuse('listTlds'),
  },
  handleMessage,
  poll,
});
