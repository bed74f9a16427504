// Generated from @registrar-kit/server/openapi.json by `pnpm --filter @registrar-kit/client generate`: do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description 503 with the reasons while the store does not answer, a plugin or connector has a problem, or the server is draining.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ready: boolean;
                            reasons: string[];
                        };
                    };
                };
                /** @description Not ready */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ready: boolean;
                            reasons: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The capability matrix
         * @description Per connector: operation × mode × completion, with the reason for manual and unsupported ones (what `registrar-kit plugins` prints).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The matrix */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * @description How an auto operation completes.
                                 * @enum {string}
                                 */
                                completion?: "sync" | "poll" | "message";
                                connector: string;
                                /** @enum {string} */
                                mode: "auto" | "manual" | "unsupported";
                                operation: string;
                                /** @description The plugin instance. */
                                plugin: string;
                                /** @description Why an operation is manual or unsupported (e.g. renewed-by-registrar). */
                                reason?: string;
                                /** @description The connector TLD's rules for this operation, in words for staff: periods, name servers, DNS test, auth code, extra fields. */
                                restrictions?: string[];
                                tld: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description By name; `q` (or `text`) is a substring of the name, `plugin` a plugin instance, `tenant` a customer. A tenant-bound key sees its tenant’s domains only (another `tenant` is 403).
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page. */
                    cursor?: string;
                    limit?: number;
                    plugin?: string;
                    q?: string;
                    status?: ("awaiting-payment" | "registering" | "registered" | "transferring" | "awaiting-manual" | "error" | "cancelled" | "expired" | "transferred-away")[];
                    tenant?: string;
                    text?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of domains */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Domain"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a domain
         * @description The name in U-label or A-label form.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The domain */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Domain"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{name}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the renewal policy of a domain
         * @description The host’s own policy (`autoRenew`): true — the renewal scheduler renews the domain before expiry. A local setting, nothing is sent to the registrar (submit `setAutoRenew` to change the registrar’s flag). Setting the value it already has changes nothing.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        autoRenew: boolean;
                    };
                };
            };
            responses: {
                /** @description The domain */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Domain"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{name}/renewal/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach an order to the scheduled renewal
         * @description The platform’s order for the renewal of the domain’s current expiry (after `renewal.due`, or ahead of it): when the scheduler releases the renewal it waits for `POST /v1/orders/{id}/paid`. Attaching the same order again is a no-op. 409 OPERATION_STATE when the domain has no scheduled renewal (not live, no known expiry, cancelled at expiry, renewal policy not auto) or its renewal was already released; 409 ORDER_STATE for a cancelled order or one of another customer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orderId: string;
                    };
                };
            };
            responses: {
                /** @description The domain’s renewal with the order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            domain: string;
                            renewal: components["schemas"]["Renewal"];
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The host refused the request (invalid input, unsupported operation, policy) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events (server-sent events)
         * @description A text/event-stream of `operation.status`, `domain.status`, `task.opened`, `task.closed`, `inbound.quarantined` events, each `data` one JSON object, as the host emits them; a comment line every 15 s keeps the stream open. A tenant-bound key receives its tenant's events only, and no quarantine events. The stream carries this server process's events; it has no replay (`Last-Event-ID` is ignored): reload what you show after reconnecting.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/{instance}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a registrar webhook
         * @description The raw body (any content type) with `X-Registrar-Kit-Timestamp` and `X-Registrar-Kit-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` (and optionally `X-Registrar-Kit-Delivery`), verified by the host with the instance’s `inbound.webhook.secret`. No API key. A stored message answers 200 whatever became of it (applied, duplicate, quarantined), so the registrar does not resend it; an unsigned or stale one is refused with 401 and not stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    instance: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Stored: applied, a duplicate, or quarantined for staff */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messageId: string;
                            /** @description applied: the operation the message completed or moved. */
                            operationId?: string;
                            /** @description quarantined: the reason code (UNMATCHED, AMBIGUOUS, PLUGIN_REJECTED, …). */
                            reason?: string;
                            /** @enum {string} */
                            status: "applied" | "duplicate" | "quarantined";
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The host refused the request (invalid input, unsupported operation, policy) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/quarantine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List quarantined messages
         * @description Mail and webhooks the host kept but did not apply, with the reason. Not for tenant-bound keys (a message has no tenant until it is matched).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The quarantine */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["QuarantinedMessage"][];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/quarantine/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a quarantined message, raw */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The message with its raw bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The bytes read as UTF-8 (for display; not byte-exact for other charsets). */
                            raw: string;
                            /** @description The bytes exactly as received, base64. */
                            rawBase64: string;
                        } & components["schemas"]["QuarantinedMessage"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/quarantine/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a quarantined message to a pending operation
         * @description Staff say the message concerns this pending operation: the host hands it again to the operation’s plugin, which sees only that operation as pending; when the plugin matches it to the operation’s ref, it is applied like a delivered message and the message becomes `applied`. The key’s id is the staff name in the Action Log, with the note. The plugin still does not match it → 422 `INBOUND_UNMATCHED` (the message stays quarantined); the message is not quarantined → 409 `INBOUND_STATE`; the operation is not pending → 409 `OPERATION_STATE`. A tenant-bound key may assign only to its tenant’s operations (another tenant’s: 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        operationId: string;
                    };
                };
            };
            responses: {
                /** @description The operation the message was applied to, as it is now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Operation"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The host refused the request (invalid input, unsupported operation, policy) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound/quarantine/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discard a quarantined message
         * @description The message becomes `discarded`: kept for audit, never applied, with the key’s id and the reason in the Action Log. Not quarantined (already applied or discarded) → 409 `INBOUND_STATE`. Not for tenant-bound keys (a quarantined message belongs to no tenant).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The message, now discarded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuarantinedMessage"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the Action Log
         * @description Plugin calls, transitions, refusals, manual tasks, mail in and out; oldest first unless `order=desc`. A tenant-bound key sees the entries of its own operations, else of its orders, else of its domains.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page. */
                    cursor?: string;
                    domain?: string;
                    kind?: string;
                    level?: ("debug" | "info" | "warn" | "error")[];
                    limit?: number;
                    operationId?: string;
                    order?: "asc" | "desc";
                    orderId?: string;
                    since?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of Action Log entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LogEntry"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List operations
         * @description Newest first; a tenant-bound key sees its tenant’s operations only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `nextCursor` of the previous page. */
                    cursor?: string;
                    domain?: string;
                    limit?: number;
                    operation?: string;
                    /** @description A plugin instance. */
                    plugin?: string;
                    since?: string;
                    status?: ("awaiting-payment" | "submitting" | "pending" | "awaiting-manual" | "done" | "failed" | "cancelled")[];
                    /** @description A customer (a tenant-bound key may only name its own). */
                    tenant?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of operations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Operation"][];
                            nextCursor?: string;
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit an operation
         * @description Validates and routes one operation (register, transfer, renew, …). 200 when it finished at once (done or failed), 202 when it waits (payment, registrar, staff). The same Idempotency-Key returns the same operation and never calls the registrar twice.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Same key, same operation (defaults to order + operation + domain for orders). */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The tenant; forced to the key’s tenant for a tenant-bound key. */
                        customerId?: string;
                        /** @description The operation's input (`domain`, `period`, `contacts`, …), as the host's SubmitRequest. */
                        input: Record<string, unknown>;
                        operation: string;
                        orderId?: string;
                    };
                };
            };
            responses: {
                /** @description The operation finished at once (done or failed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Operation"];
                    };
                };
                /** @description The operation was accepted and waits (awaiting-payment, pending, awaiting-manual) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Operation"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The host refused the request (invalid input, unsupported operation, policy) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an operation
         * @description The operation, each exchange with the registrar the Action Log recorded for it (summarized request, outcome, registrar code, duration), and the actions its state allows now, with their routes.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The operation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OperationDetail"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a failed operation
         * @description Sends a failed operation again as a NEW operation (same operation, input, customer and order), linked to the failed one in the Action Log of both; the failed one stays failed. Allowed when its error is retryable and, for a billable request (register, transfer, renew, …), only when the failure proves the registrar did not receive it — otherwise 409 OPERATION_STATE: check at the registrar first. Retrying the same operation again, or at once from several places, returns the one retry. 200 when it finished at once, 202 when it waits.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new operation finished at once (done or failed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Operation"];
                    };
                };
                /** @description The new operation was accepted and waits */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Operation"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The host refused the request (invalid input, unsupported operation, policy) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit many operations
         * @description Up to 1000 requests (each like the body of POST /v1/operations, with its own optional idempotencyKey) in one call. The answer has one item per request, in order: the operation (done, failed, or waiting), or why that request alone was refused. A tenant-bound key acts for its tenant in every request.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requests: {
                            customerId?: string;
                            idempotencyKey?: string;
                            input: Record<string, unknown>;
                            operation: string;
                            orderId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description One result per request, in order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                index: number;
                                operation?: components["schemas"]["Operation"];
                                refused?: {
                                    /** @description INVALID_INPUT, UNSUPPORTED, DOMAIN_BUSY, IDEMPOTENCY_CONFLICT, FORBIDDEN, … */
                                    code: string;
                                    issues?: {
                                        message: string;
                                        path: string;
                                    }[];
                                    message: string;
                                    /** @description The operation in the way (DOMAIN_BUSY, IDEMPOTENCY_CONFLICT). */
                                    operationId?: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an unpaid order
         * @description Cancels every operation still waiting for this payment; 409 ORDER_STATE once paid.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cancelled operations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operations: components["schemas"]["Operation"][];
                            orderId: string;
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an order paid
         * @description Sends the operations waiting for this payment (or opens their manual tasks). Idempotent: a retried payment event sends nothing and returns the same operations. 409 ORDER_STATE for a cancelled order.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order’s operations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            operations: components["schemas"]["Operation"][];
                            orderId: string;
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plugin instances, connectors and problems */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The loaded instances */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectors: {
                                disabled?: string;
                                name: string;
                                plugin: string;
                                tld: string;
                            }[];
                            instances: {
                                name: string;
                                package: string;
                                plugin: string;
                                transports: string[];
                                version: string;
                            }[];
                            problems: {
                                code: string;
                                file?: string;
                                /** @enum {string} */
                                kind: "plugin" | "connector";
                                message: string;
                                path?: string;
                                /** @description The plugin instance or connector. */
                                subject?: string;
                            }[];
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current console session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The session of the cookie */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as x-csrf-token on every POST, PUT, PATCH and DELETE made with the session cookie. */
                            csrfToken: string;
                            /**
                             * Format: date-time
                             * @description When the session ends unless used again (idle limit), at most its absolute limit.
                             */
                            expiresAt: string;
                            /** @description The signed-in key’s id (the staff name in manual tasks and the Action Log). */
                            keyId: string;
                            name: string | null;
                            scopes: ("read" | "submit" | "staff" | "admin")[];
                            /** @description The tenant the key is bound to, or null for every tenant. */
                            tenant: string | null;
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in to the console
         * @description Exchanges an API key with the scope read, staff, admin for a session cookie (rk_session). Requests with the cookie act as the key, with its scopes and tenant; state-changing ones must send x-csrf-token. Sessions end after 8 idle hours, 24 hours at most, at sign-out, or when the key is revoked.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        apiKey: string;
                    };
                };
            };
            responses: {
                /** @description Signed in: the session cookie is set */
                200: {
                    headers: {
                        /** @description rk_session=…; HttpOnly; SameSite=Strict; Path=/ (and Secure over TLS) */
                        "set-cookie"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as x-csrf-token on every POST, PUT, PATCH and DELETE made with the session cookie. */
                            csrfToken: string;
                            /**
                             * Format: date-time
                             * @description When the session ends unless used again (idle limit), at most its absolute limit.
                             */
                            expiresAt: string;
                            /** @description The signed-in key’s id (the staff name in manual tasks and the Action Log). */
                            keyId: string;
                            name: string | null;
                            scopes: ("read" | "submit" | "staff" | "admin")[];
                            /** @description The tenant the key is bound to, or null for every tenant. */
                            tenant: string | null;
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sign out of the console
         * @description Ends the session and clears its cookie. With a live session the request must carry x-csrf-token; without one it only clears the cookie.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the registrar sync now
         * @description Reads domains at their registrar (`info`) and records what changed, as the scheduled sweep does. With `domain`, that domain now (due or not); without, every due domain of every plugin instance that answers `info` — a key bound to a tenant must name a domain. The answer comes when the run ends (rate-limited per instance: a large sweep takes a while). Two requests at once never read a domain twice: a request while the same run is under way answers its summary.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        domain?: string;
                    };
                };
            };
            responses: {
                /** @description What the run did */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SyncSummary"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List manual tasks */
        get: {
            parameters: {
                query?: {
                    domain?: string;
                    status?: ("open" | "claimed" | "completed" | "rejected" | "cancelled")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Task"][];
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a task
         * @description One owner per task: claimed by another key → 409 TASK_STATE. Claiming again with the same key is a no-op.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The claimed task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task
         * @description Staff did the work: the operation is done with `result`. A task claimed by another key → 409 TASK_STATE.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The operation’s result (e.g. `{ "expiresAt": "…" }`). */
                        result?: unknown;
                    };
                };
            };
            responses: {
                /** @description The operation, now done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Operation"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fail a task
         * @description Staff refuse: the operation fails (POLICY) with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description The operation, now failed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Operation"];
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such row (or a row of another tenant) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The state does not allow it now (busy domain, order or task state, idempotency key reused) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tlds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The TLD catalogue
         * @description TLDs with their periods and prices per currency, per plugin instance, as the last catalogue sync (`host.catalogue.sync`) read them from the registrar (`listTlds`). Empty until a sync ran.
         */
        get: {
            parameters: {
                query?: {
                    plugin?: string;
                    tld?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalogue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The plugin instance whose registrar offers it. */
                                plugin: string;
                                prices: {
                                    /** @enum {string} */
                                    action: "register" | "renew" | "transfer" | "restore";
                                    /** @description A decimal string ("12.50"), per year unless `period` is given. */
                                    amount: string;
                                    /** @description ISO 4217 code. */
                                    currency: string;
                                    /** @description The price is for this many years. */
                                    period?: number;
                                }[];
                                registerPeriods?: number[];
                                renewPeriods?: number[];
                                /** Format: date-time */
                                syncedAt: string;
                                /** @description Lower case, without the leading dot. */
                                tld: string;
                            }[];
                        };
                    };
                };
                /** @description The request does not match the schema, or a cursor is not one the API returned */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tracker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending operations per plugin instance
         * @description What the pending tracker carries: per instance the pending count, the next check, the polling policy of its manifest, escalations due within 24 hours and the latest failed poll. A tenant-bound key counts its tenant’s operations only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tracker */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instances: {
                                awaitingMessage?: number;
                                awaitingPoll?: number;
                                batch: boolean;
                                /** @description Operations whose wait reaches `maxPendingDays` within 24 hours (or already has): the tracker hands them to staff as manual tasks. */
                                escalationsDue: {
                                    domain: string;
                                    /** Format: date-time */
                                    dueAt: string;
                                    operation: string;
                                    operationId: string;
                                }[];
                                instance: string;
                                /** @description The latest failed poll of this instance in the Action Log. */
                                lastPollError?: {
                                    /** Format: date-time */
                                    at: string;
                                    message: string;
                                };
                                maxPendingDays: number;
                                minIntervalSeconds: number;
                                /** @description The earliest next check of a pending operation of this instance. */
                                nextPollAt: string | null;
                                /** @description Operations waiting for the registrar (polled or awaiting a message). */
                                pending: number;
                                /** @description The plugin id of the instance. */
                                plugin?: string;
                                rateLimitPerSecond: number | null;
                                recommendedIntervalSeconds: number;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description No API key, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key lacks the scope, or acts for another tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests for this key: retry after the Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Internal error (details only in the server log) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Overloaded or the store is unavailable: retry later */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Domain: {
            /** @description The host’s renewal policy: true — the renewal scheduler renews it before expiry; false or absent — it does not (absent: the platform renews by itself). `PUT /v1/domains/{name}/renewal` sets it. */
            autoRenew?: boolean;
            /** @description A cancellation at expiry: the domain stays live until this time, then becomes `cancelled`. */
            cancelAt?: string;
            connector?: string;
            /** Format: date-time */
            createdAt: string;
            customerId?: string;
            expiresAt?: string;
            lastError?: components["schemas"]["RegistrarError"];
            locked: boolean;
            name: string;
            nameservers?: {
                host: string;
                ipv4?: string[];
                ipv6?: string[];
            }[];
            /** @description The operation in flight on this domain. */
            pendingOperation?: string;
            pluginInstance?: string;
            /** @description What the registrar reported at the last sync (absent before the first). Contacts carry the sdk’s fields only. */
            registry?: {
                /** @description The registrar’s own auto-renew flag (not the host’s policy, `autoRenew`). */
                autoRenew?: boolean;
                contacts?: {
                    admin?: {
                        address?: string[];
                        city?: string;
                        country?: string;
                        email?: string;
                        fax?: string;
                        firstName?: string;
                        lastName?: string;
                        organization?: string;
                        phone?: string;
                        postalCode?: string;
                        region?: string;
                        type?: string;
                    };
                    billing?: {
                        address?: string[];
                        city?: string;
                        country?: string;
                        email?: string;
                        fax?: string;
                        firstName?: string;
                        lastName?: string;
                        organization?: string;
                        phone?: string;
                        postalCode?: string;
                        region?: string;
                        type?: string;
                    };
                    registrant?: {
                        address?: string[];
                        city?: string;
                        country?: string;
                        email?: string;
                        fax?: string;
                        firstName?: string;
                        lastName?: string;
                        organization?: string;
                        phone?: string;
                        postalCode?: string;
                        region?: string;
                        type?: string;
                    };
                    tech?: {
                        address?: string[];
                        city?: string;
                        country?: string;
                        email?: string;
                        fax?: string;
                        firstName?: string;
                        lastName?: string;
                        organization?: string;
                        phone?: string;
                        postalCode?: string;
                        region?: string;
                        type?: string;
                    };
                };
                /** @description The registry holds the domain in its redemption period. */
                redemption?: boolean;
                registrarStatus?: string;
                /** @description Normalized EPP statuses. */
                statuses: string[];
                whoisPrivacy?: boolean;
            };
            renewal?: components["schemas"]["Renewal"];
            /** @enum {string} */
            status: "awaiting-payment" | "registering" | "registered" | "transferring" | "awaiting-manual" | "error" | "cancelled" | "expired" | "transferred-away";
            /**
             * Format: date-time
             * @description When the last sync read the domain at the registrar.
             */
            syncedAt?: string;
            tld: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LogEntry: {
            /** Format: date-time */
            at: string;
            data?: unknown;
            domain?: string;
            durationMs?: number;
            id: number;
            kind: string;
            /** @enum {string} */
            level: "debug" | "info" | "warn" | "error";
            message: string;
            operationId?: string;
            orderId?: string;
            pluginInstance?: string;
            registrarCode?: string;
        };
        /** @description A durable operation: what was asked, where it is, and its outcome. */
        Operation: {
            /** @enum {string} */
            await?: "poll" | "message";
            connector?: string;
            /** Format: date-time */
            createdAt: string;
            customerId?: string;
            domain: string;
            error?: components["schemas"]["RegistrarError"];
            id: string;
            idempotencyKey: string;
            input?: unknown;
            /** @enum {string} */
            mode: "auto" | "manual" | "unsupported";
            /** Format: date-time */
            nextCheckAt?: string;
            operation: string;
            orderId?: string;
            pluginInstance?: string;
            /** @description The registrar's reference of a pending request. */
            ref?: string;
            result?: unknown;
            /** @enum {string} */
            status: "awaiting-payment" | "submitting" | "pending" | "awaiting-manual" | "done" | "failed" | "cancelled";
            step?: string;
            /** Format: date-time */
            submittedAt?: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OperationAction: {
            /** @enum {string} */
            action: "cancel-order" | "pay-order" | "claim-task" | "complete-task" | "fail-task" | "retry";
            /** @description The API route that does it. */
            href: string;
            /** @enum {string} */
            method: "POST";
            orderId?: string;
            /** @description The scope a key needs for it (or admin). */
            scope: string;
            taskId?: string;
        };
        /** @description An operation with its registrar calls and the actions its state allows now. A failed operation is never revived: `retry` (staff) sends it again as a new operation, offered when its error is retryable and, for a billable request, when the failure proves the registrar did not receive it. There is no cancellation of one operation: an unpaid order is cancelled whole, manual work is completed or failed through its task. */
        OperationDetail: components["schemas"]["Operation"] & {
            actions: components["schemas"]["OperationAction"][];
            calls: components["schemas"]["RegistrarCall"][];
            /** @description The operation staff retried this failed one as. */
            retriedAs?: string;
        };
        /** @description RFC 9457 problem details; `code` is the stable code of the host or registrar error. */
        Problem: {
            code: string;
            detail?: string;
            issues?: {
                message: string;
                path: string;
            }[];
            /** @description DOMAIN_BUSY: the operation holding the domain. */
            operationId?: string;
            status: number;
            title: string;
            type: string;
        };
        QuarantinedMessage: {
            id: string;
            instance?: string;
            messageId: string;
            operationId?: string;
            reason?: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description Bytes as received. */
            size: number;
            /** @enum {string} */
            status: "received" | "applied" | "quarantined" | "discarded";
        };
        /** @description A call of the plugin for the operation (`call`), or an answer that came later by poll or message (`result`), as the Action Log recorded it. */
        RegistrarCall: {
            /** Format: date-time */
            at: string;
            durationMs?: number;
            error?: components["schemas"]["RegistrarError"];
            /** @enum {string} */
            kind: "call" | "result" | "poll-error";
            logId?: number;
            /** @description The Action Log line. */
            message: string;
            /** @enum {string} */
            outcome: "done" | "pending" | "failed" | "retrying";
            registrarCode?: string;
            /** @description The request as sent, summarized (secrets redacted, name servers by host). */
            request?: unknown;
            /** @description How a later answer came: poll, message, task, recovery, … */
            via?: string;
        };
        /** @description A registrar's refusal or failure, normalized to the sdk's codes. */
        RegistrarError: {
            code: string;
            detail?: string;
            issues?: {
                message: string;
                path: string;
            }[];
            message: string;
            /**
             * @description Whether the registrar got the request: 'no' (certainly not: the connection never opened), 'unknown' (it may have). Absent when the plugin does not say.
             * @enum {string}
             */
            received?: "no" | "unknown";
            registrarCode?: string;
            retryable: boolean;
            retryAfterSeconds?: number;
        };
        /** @description The renewal scheduler’s state for the domain’s current expiry. */
        Renewal: {
            /** @description When `renewal.due` was announced. */
            announcedAt?: string;
            /** @description The expiry this renewal extends. */
            expiry: string;
            /** @description The renewal operation, once released. */
            operationId?: string;
            /** @description The platform’s order for it: the renewal waits for its payment. */
            orderId?: string;
            /** @description The host refused to release it (until another order is attached). */
            refused?: {
                orderId?: string;
                reason: string;
            };
            /** @description A registrar that renews by itself: the manual task opened when the expiry did not move. */
            verifyTaskId?: string;
        };
        /** @description What one sync run did: counts per result and per status found, the instances swept (and those that could not be, with why), and one result per domain read. */
        SyncSummary: {
            cancelled: number;
            checked: number;
            expired: number;
            instances: string[];
            notSwept: {
                instance: string;
                reason: string;
            }[];
            redemption: number;
            results: {
                domain: string;
                drift: {
                    field: string;
                    from?: unknown;
                    to?: unknown;
                }[];
                instance: string;
                reason?: string;
                /** @enum {string} */
                result: "updated" | "unchanged" | "skipped" | "unknown";
                /** @enum {string} */
                status?: "awaiting-payment" | "registering" | "registered" | "transferring" | "awaiting-manual" | "error" | "cancelled" | "expired" | "transferred-away";
            }[];
            /** @description An operation was in flight, or the row changed while it was read. */
            skipped: number;
            transferredAway: number;
            unchanged: number;
            /** @description No usable answer (transport, timeout, …): the domain was left as it was. */
            unknown: number;
            updated: number;
        };
        /** @description Work for staff: a manual connector mode, an escalation, a crash outcome nobody can know. */
        Task: {
            claimedBy?: string;
            /** Format: date-time */
            createdAt: string;
            domain: string;
            id: string;
            operation: string;
            operationId: string;
            reason: string;
            result?: unknown;
            /** @enum {string} */
            status: "open" | "claimed" | "completed" | "rejected" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
