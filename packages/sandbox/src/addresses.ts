/** The mail addresses of the simulated registrars. */
export const SANDBOX_ADDRESSES = {
  /** R01's request mailbox (the R01 plugin's `requestAddress`). */
  r01ruRequests: 'requests@r01.sandbox.test',
  /** Where R01 replies come from. */
  r01ruRobot: 'robot@r01.sandbox.test',
  /** Where AutoDNS notification mail comes from. */
  internetxJobs: 'jobs@autodns.sandbox.test',
} as const;
