import { BILLABLE_OPERATIONS, invalidInput, type OperationName, type RegistrarError } from '@registrar-kit/sdk';

/**
 * Seeds 000–002: a request for the provider's own account goes out at once; a request for one of
 * the provider's customers goes out only after its order is paid. A billable request naming a
 * customer but no order would go out unpaid, so it is refused — unless the configuration says
 * that customer id is the provider's own account (`orders.providerCustomerIds`).
 * Changes that bill nothing (name servers, contacts, lock, reads) need no order.
 */
export function orderRefusal(request: { operation: string; customerId?: string | undefined; orderId?: string | undefined }, providerCustomerIds: ReadonlySet<string>): RegistrarError | undefined {
  if (request.customerId === undefined || request.orderId !== undefined) return undefined;
  if (!BILLABLE_OPERATIONS.has(request.operation as OperationName)) return undefined;
  if (providerCustomerIds.has(request.customerId)) return undefined;
  return invalidInput([
    {
      path: '/orderId',
      message: `is required: ${request.operation} for customer "${request.customerId}" is billable and goes out only once its order is paid (list the provider's own account in orders.providerCustomerIds)`,
    },
  ], 'orderId required for customer requests');
}
