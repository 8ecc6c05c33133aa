// Generated from openapi.yaml by `npm run openapi:types`; do not edit by hand.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers (no database involved)
         * @description Liveness: the process answers (no database involved). Needs no API key.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description Readiness: the database answers. Needs no API key.
         */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never their secrets)
         * @description List API keys (never their secrets). Reading changes nothing.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (the token is shown once)
         * @description Create an API key (the token is shown once). A 201 carries the `Location` of the new resource. Safe to retry with `Idempotency-Key`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key; it is refused from then on
         * @description Revoke an API key; it is refused from then on.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is calling and what it may do
         * @description The API key (its role, prefix, expiry and, for a committee key, its procedure), the person it belongs to, the person named by On-Behalf-Of, the role the request runs in, and every operation that role may call. Every key may ask.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the people of the agency, oldest change first
         * @description List the people of the agency, oldest change first. Reading changes nothing.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add a person of the agency (admin or consultant)
         * @description A named person of the agency: keys of their own act in their role, and an integration key may act on their behalf (On-Behalf-Of). Their name and e-mail address are personal data of staff: the audit trail records that they changed, never their values. One person per e-mail address (409 USER_EMAIL_EXISTS). Admin keys only.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a person of the agency
         * @description Read a person of the agency. The answer carries the current `ETag`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change, deactivate or reactivate a person (needs If-Match)
         * @description Name, e-mail address, role, and `active`. A new role is the role of the person's keys from then on. A deactivated person's keys stop working (401) and no key acts on their behalf (403 ON_BEHALF_USER_DEACTIVATED): at once on the instance that answers, within one second on the others. `active: true` reactivates them. Send If-Match with the ETag you last read (428 without, 412 when stale). Admin keys only.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients, oldest change first
         * @description List clients, oldest change first. Reading changes nothing.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Create a client (hiring organisation)
         * @description Create a client (hiring organisation). The answer carries the current `ETag`. A 201 carries the `Location` of the new resource. Safe to retry with `Idempotency-Key`.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a client
         * @description Read a client. The answer carries the current `ETag`.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a client (needs If-Match)
         * @description Change a client (needs If-Match). Send `If-Match` with the ETag you last read: without it 428, with a stale one 412. The answer carries the current `ETag`.
         */
        patch: operations["updateClient"];
        trace?: never;
    };
    "/v1/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List procedures, oldest change first (a committee key sees its own only)
         * @description List procedures, oldest change first (a committee key sees its own only). Reading changes nothing.
         */
        get: operations["listProcedures"];
        put?: never;
        /**
         * Create a procedure for a client (phase draft)
         * @description Create a procedure for a client (phase draft). The answer carries the current `ETag`. A 201 carries the `Location` of the new resource. Safe to retry with `Idempotency-Key`.
         */
        post: operations["createProcedure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a procedure
         * @description Read a procedure. The answer carries the current `ETag`.
         */
        get: operations["getProcedure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a procedure, open its intake or cancel it (needs If-Match)
         * @description A draft changes freely. Once opened, every change but the reference needs a written `justification` (422 JUSTIFICATION_REQUIRED), kept as the reason of the audit entry; the time zone is frozen, and so are the profile and the bounds of a closed gate once the overview was sent (409 FIELD_FROZEN); a stage maximum below the number already in that stage (409 STAGE_MAX_BELOW_COUNT) and salary bounds that exclude an accepted offer (409 SALARY_EXCLUDES_ACCEPTED_OFFER) are refused. Completed or cancelled: nothing changes (409 PROCEDURE_FINISHED). Each refusal names the field in `errors[].path`.
         */
        patch: operations["updateProcedure"];
        trace?: never;
    };
    "/v1/procedures/{procedureId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the timeline with the instants its dates stand for
         * @description Read the timeline with the instants its dates stand for. The answer carries the current `ETag`.
         */
        get: operations["getTimeline"];
        /**
         * Set the whole timeline; every ordering rule is checked at once
         * @description Dates are local calendar dates in the procedure time zone. A deadline date means the end of that day, an opening its start. A refusal (422, code TIMELINE_ORDER) lists every broken rule with the milestones involved. If-Match is optional here; when given it must be the procedure ETag. Once the procedure opened, moving a milestone needs a `justification` (422 JUSTIFICATION_REQUIRED), and is refused (409) for an opening or closing that already passed (MILESTONE_PASSED), a closing before an application already accepted (CLOSING_BEFORE_ACCEPTED_APPLICATIONS), the preselection milestones after the overview was sent and the committee meeting after the shortlist closed (FIELD_FROZEN), and an interview round that no longer holds its interviews (INTERVIEWS_OUTSIDE_ROUND).
         */
        put: operations["putTimeline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search candidates by name or e-mail, oldest change first
         * @description List or search candidates by name or e-mail, oldest change first. Reading changes nothing.
         */
        get: operations["listCandidates"];
        put?: never;
        /**
         * Register a candidate (a person, independent of procedures)
         * @description E-mail addresses are unique regardless of letter case: a second candidate with the same address gets 409 `CANDIDATE_EXISTS` with `existingCandidateId`. Names are kept exactly as given (any script, accents, particles).
         */
        post: operations["createCandidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search candidates by name or e-mail across procedures, best match first
         * @description Matches the unaccented, lower-case full name (agency keys: and the e-mail address) by trigram word similarity, so "pieter" finds "Piëter" and "Jansen" finds "Janssen". Returns at most `limit` candidates, best match first (no cursor: a ranking, not a list), each with the applications and procedures the key sees. Erased candidates are never found. A committee key finds only the candidates of the applications it sees in its own procedure, by name only, and reads no e-mail addresses.
         */
        get: operations["searchCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a candidate with the procedures they are in
         * @description Read a candidate with the procedures they are in. The answer carries the current `ETag`.
         */
        get: operations["getCandidate"];
        put?: never;
        post?: never;
        /**
         * Erase a person's data on their request
         * @description Removes the documents (content and file names) and the personal fields, the free text about the person in their
         *     applications, questions, references and evaluations, and keeps an anonymous record of each application with its stage
         *     history for the statistics and the audit trail. Cannot be undone. Applications in running procedures are withdrawn.
         *     Refused with 409 `NOMINEE_CANNOT_BE_ERASED` while the candidate is the nominee of a running procedure and with
         *     `APPOINTED_CANDIDATE_EXEMPT` for an appointed candidate. Answers the pending erasure requests of the person, or records
         *     one received and answered now. Writes a `candidate.erased` event without personal data.
         */
        delete: operations["eraseCandidate"];
        options?: never;
        head?: never;
        /**
         * Change a candidate (needs If-Match); null clears an optional field
         * @description Change a candidate (needs If-Match); null clears an optional field. Send `If-Match` with the ETag you last read: without it 428, with a stale one 412. The answer carries the current `ETag`.
         */
        patch: operations["updateCandidate"];
        trace?: never;
    };
    "/v1/procedures/{procedureId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the applications of a procedure, in order of arrival
         * @description List the applications of a procedure, in order of arrival. Reading changes nothing.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Receive an application: JSON, or a multipart form with both PDFs
         * @description Open-call and referred applications are accepted from the opening up to the end of the closing date in the procedure's time zone (422 `OUTSIDE_APPLICATION_WINDOW` otherwise); candidates from the agency's search until the preselection is sent (also 422 `OUTSIDE_APPLICATION_WINDOW`, with `preselectionSentAt`). A multipart form stores the candidate (when new), the application and its documents together or not at all. Each file must be a PDF by its content (415 `NOT_A_PDF`, 422 `PDF_DAMAGED` or `EMPTY_DOCUMENT`) of at most DOCUMENT_MAX_BYTES (413 `DOCUMENT_TOO_LARGE`); at most the two files and the listed fields (413 `TOO_MANY_FILES`, `TOO_MANY_FIELDS`, 400 `UNEXPECTED_FILE`, `FORBIDDEN_FIELD_NAME`).
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an application with its documents and their history
         * @description Read an application with its documents and their history. The answer carries the current `ETag`.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the agency's motivation or the source of an application (needs If-Match)
         * @description Nothing changes once the procedure is completed or cancelled (409 PROCEDURE_FINISHED); the source is frozen once the candidate overview was sent (409 FIELD_FROZEN); the motivation of a candidate presented in the overview changes only with a `justification` (422 JUSTIFICATION_REQUIRED), kept in the audit trail.
         */
        patch: operations["updateApplication"];
        trace?: never;
    };
    "/v1/applications/{applicationId}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the current motivation letter or CV, byte-identical to the upload
         * @description Download the current motivation letter or CV, byte-identical to the upload. The answer carries the current `ETag`.
         */
        get: operations["getApplicationDocument"];
        /**
         * Upload the motivation letter or CV (one PDF); a new upload replaces the current one and keeps its history
         * @description Send the PDF as the raw body (`Content-Type: application/pdf`, original name in `?fileName=` or a Content-Disposition header) or as multipart/form-data with one file. 201 when the application had no document of this kind yet, 200 when it replaced one. If-Match (the application's ETag) is optional. Nothing changes once the procedure is completed or cancelled (409 PROCEDURE_FINISHED), as with PATCH.
         */
        put: operations["putApplicationDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the notes on an application, oldest first
         * @description Agency keys read every note. A committee key reads the notes shared with the committee, on the applications it sees (its own procedure, after the candidate overview was sent); an application it does not see answers 404.
         */
        get: operations["listNotes"];
        put?: never;
        /**
         * Write a consultant's note on an application
         * @description The note is internal to the agency unless `shared` is true: then the committee of the procedure reads it too, which is possible only once the candidate overview was sent (409 NOTE_SHARING_TOO_EARLY before). The author is the calling API key (`author`) and the person it acts as (`authorUserId`: the person the key belongs to, or the one named by On-Behalf-Of). A note is personal data of the candidate: it is part of their access export and erased with them; the audit trail records that a note was written, never its text.
         */
        post: operations["createNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a note
         * @description A committee key reads a note only when it is shared with the committee and on an application it sees; any other answers 404.
         */
        get: operations["getNote"];
        put?: never;
        post?: never;
        /**
         * Delete a note
         * @description The note is gone; the audit trail keeps that it was deleted, by whom and when, never its text.
         */
        delete: operations["deleteNote"];
        options?: never;
        head?: never;
        /**
         * Change the text or the sharing of a note (needs If-Match)
         * @description Give the text, `shared` or both. Sharing with the committee is possible once the candidate overview was sent (409 NOTE_SHARING_TOO_EARLY before); `shared: false` takes a note back from the committee. The audit trail records the change, never the text.
         */
        patch: operations["updateNote"];
        trace?: never;
    };
    "/v1/procedures/{procedureId}/committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the selection committee of a procedure
         * @description Active members, oldest first. A committee key sees its own procedure only (404 for any other) and only the names and roles of its fellow members, never their e-mail addresses.
         */
        get: operations["listCommitteeMembers"];
        put?: never;
        /**
         * Add a member to the selection committee
         * @description A committee has at most one chair; an e-mail address is used by one active member at most.
         */
        post: operations["addCommitteeMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/committee/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from the committee and revoke their keys
         * @description The member is kept with `removedAt` (their evaluations stay), and every API key issued for them is revoked at once. Removing a removed member changes nothing.
         */
        delete: operations["removeCommitteeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/committee/{memberId}/api-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a committee API key for a member (the token is shown once)
         * @description The key has role committee and is scoped to this procedure and member: anything outside the procedure answers 404 to it. The body is optional.
         */
        post: operations["issueCommitteeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail of a procedure, oldest entry first
         * @description Every change in the procedure: who (API key and role), what (action, entity, changed fields before and after), why (reason), the request id and the time. The trail is append-only: no route changes or deletes an entry, and the database refuses to. Personal data in changed values shows as "[personal data]".
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List candidates' questions, oldest change first
         * @description List candidates' questions, oldest change first. Reading changes nothing.
         */
        get: operations["listInquiries"];
        put?: never;
        /**
         * Record a candidate's question
         * @description The answer is due by the end of the first Dutch working day (Monday to Friday, not a public holiday) after the day of receipt, in the procedure's time zone (docs/procedure.md, rule 8: "as a rule within one working day"). A question on Wednesday 24 December 2025 at 16:00 is due before Tuesday 30 December 00:00, i.e. by the end of Monday 29 December.
         */
        post: operations["createInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{inquiryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a candidate's question
         * @description Read a candidate's question. Reading changes nothing.
         */
        get: operations["getInquiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record that a question was answered
         * @description Record that a question was answered.
         */
        patch: operations["answerInquiry"];
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
         * The event feed, for integrators who poll
         * @description Every state change writes an event in the same transaction as the change. The feed returns them in the order their changes became final (by transaction, then id), so polling with `after=<nextCursor>` never misses an event, even one whose transaction committed late; an event shows up once every older transaction has finished, normally within milliseconds. `nextCursor` is present whenever items were returned; on an empty page it repeats `after`, so a poller can keep calling with it. Event ids are unique: use them to de-duplicate.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions, oldest first (secrets are never shown again)
         * @description Each event of a subscribed type that happens after the subscription was created is sent as `POST <url>` with a JSON body
         *     `{ id, type, procedureId, entityType, entityId, payload, createdAt }` (the shape of the event feed), signed as the
         *     [Standard Webhooks](https://www.standardwebhooks.com/) specification defines, so its libraries verify it:
         *
         *     - `webhook-id`: the event id; the same on every retry, so receivers can de-duplicate (delivery is at least once).
         *     - `webhook-timestamp`: unix seconds when the attempt was signed.
         *     - `webhook-signature`: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the
         *       base64-decoded part of the secret after `whsec_`. During a secret rotation's overlap it holds two signatures separated
         *       by a space, one per secret; accept the delivery when one of them matches. Compare in constant time and refuse
         *       timestamps more than 5 minutes away to stop replays.
         *
         *     Any 2xx answer within 5 seconds counts as delivered; redirects are not followed. Otherwise the delivery is retried after
         *     30 s, 1, 2, 4, 8, 16 and 32 minutes; after 8 attempts it is given up with status `failed` and its last error, visible under
         *     `GET /v1/webhooks/{webhookId}/deliveries`. Events of one procedure are delivered in order: a later event waits while an
         *     earlier one for the same webhook is pending or being retried. Deliveries are made by the server's background loop and by
         *     the deadline sweep.
         *
         *     Targets: with NODE_ENV=production the URL must be https. A URL whose host is, or resolves to, a loopback, private
         *     (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), link-local (169.254/16, fe80::/10), unspecified, multicast
         *     or reserved address is refused when subscribing (422 `WEBHOOK_URL_REFUSED`), and again at each delivery after the name
         *     is resolved (the connection goes to the address that was checked): such a delivery fails at once, with the reason as its
         *     `lastError`. `WEBHOOK_ALLOW_PRIVATE_TARGETS=true` allows loopback, private and shared addresses, for development.
         *     A host name that does not exist (or has no address) is refused when subscribing (422 `WEBHOOK_URL_REFUSED`); when the
         *     name cannot be looked up right now (a temporary DNS failure) the answer is 503 `DNS_UNAVAILABLE` with `Retry-After`:
         *     subscribe again later.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to events
         * @description Each event of a subscribed type that happens after the subscription was created is sent as `POST <url>` with a JSON body
         *     `{ id, type, procedureId, entityType, entityId, payload, createdAt }` (the shape of the event feed), signed as the
         *     [Standard Webhooks](https://www.standardwebhooks.com/) specification defines, so its libraries verify it:
         *
         *     - `webhook-id`: the event id; the same on every retry, so receivers can de-duplicate (delivery is at least once).
         *     - `webhook-timestamp`: unix seconds when the attempt was signed.
         *     - `webhook-signature`: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the
         *       base64-decoded part of the secret after `whsec_`. During a secret rotation's overlap it holds two signatures separated
         *       by a space, one per secret; accept the delivery when one of them matches. Compare in constant time and refuse
         *       timestamps more than 5 minutes away to stop replays.
         *
         *     Any 2xx answer within 5 seconds counts as delivered; redirects are not followed. Otherwise the delivery is retried after
         *     30 s, 1, 2, 4, 8, 16 and 32 minutes; after 8 attempts it is given up with status `failed` and its last error, visible under
         *     `GET /v1/webhooks/{webhookId}/deliveries`. Events of one procedure are delivered in order: a later event waits while an
         *     earlier one for the same webhook is pending or being retried. Deliveries are made by the server's background loop and by
         *     the deadline sweep.
         *
         *     Targets: with NODE_ENV=production the URL must be https. A URL whose host is, or resolves to, a loopback, private
         *     (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), link-local (169.254/16, fe80::/10), unspecified, multicast
         *     or reserved address is refused when subscribing (422 `WEBHOOK_URL_REFUSED`), and again at each delivery after the name
         *     is resolved (the connection goes to the address that was checked): such a delivery fails at once, with the reason as its
         *     `lastError`. `WEBHOOK_ALLOW_PRIVATE_TARGETS=true` allows loopback, private and shared addresses, for development.
         *     A host name that does not exist (or has no address) is refused when subscribing (422 `WEBHOOK_URL_REFUSED`); when the
         *     name cannot be looked up right now (a temporary DNS failure) the answer is 503 `DNS_UNAVAILABLE` with `Retry-After`:
         *     subscribe again later.
         *
         *     The secret is returned in this answer only.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the secret; the old one keeps signing during an overlap
         * @description Sets a new secret and answers it (only here). For `overlapSeconds` (default a day, at most a week) every delivery carries two signatures in `webhook-signature`, one with the new secret and one with the replaced one, so a receiver can switch whenever it likes within the overlap. Rotating again during an overlap replaces the older secret at once.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a webhook subscription
         * @description Read a webhook subscription. Reading changes nothing.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe: nothing more is sent, its delivery records go too
         * @description Unsubscribe: nothing more is sent, its delivery records go too.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries of a webhook in event order, with their attempts and last error
         * @description Deliveries of a webhook in event order, with their attempts and last error. Reading changes nothing.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The procedure's milestones and scheduled interviews as an iCalendar feed
         * @description `text/calendar` (RFC 5545) in the procedure's time zone, with its VTIMEZONE. Milestones are all-day events (the preselection and the interview round span their days); interviews are timed events without candidate names. UIDs are stable (`<milestone>.<procedureId>@procedure-tracker`, `interview.<interviewId>@procedure-tracker`) and SEQUENCE rises with each change, so a calendar app that re-reads the feed updates its entries instead of adding new ones. A committee key reads its own procedure only.
         */
        get: operations["getProcedureCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List due, overdue, upcoming and met obligations across procedures
         * @description Every dated obligation across procedures as one list, ordered by due instant (then id), with cursor pagination.
         *
         *     Kinds: from the timeline of every procedure that is open or further (not draft, not cancelled): `application_closing`,
         *     `overview_due`, `committee_meeting`, `interview_round_start`, `interview_round_end`, `appointment_deadline`; and
         *     `inquiry_answer_due` (a candidate's question, one Dutch working day), `headhunted_notice_due` (a candidate from the agency's
         *     search must be told within one calendar month of being recorded), `retention_erasure_due` (personal data of a candidate
         *     who was not appointed: four weeks after the procedure ended, or when a retention consent ends, at most one year), and
         *     `data_subject_request_due` (access and erasure requests, one calendar month). Each item says in `metBy` what meets it.
         *
         *     States at the service clock: `met` (the step happened), `overdue` (not met and the due instant has passed; `dueAt` is
         *     exclusive, so at `dueAt` itself it is overdue), `due` (not met and due within the next 24 hours), `upcoming` (further ahead).
         *     `missedAt` is set once the deadline sweep recorded that an obligation passed unmet.
         */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/deadline-sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the automatic steps that have come due (exactly once)
         * @description Takes the automatic steps that have come due at the service clock and reports what this call did:
         *
         *     - closes the intake of open procedures at the closing instant (end of the closing date in the procedure time zone):
         *       phase open -> closed, event `procedure.intake_closed`;
         *     - marks milestones of running procedures that passed unmet (`overview_due`, `committee_meeting`, `interview_round_start`,
         *       `interview_round_end`, `appointment_deadline`): event `deadline.missed`;
         *     - marks candidates' questions whose answer is overdue (event `inquiry.overdue`) and headhunted candidates not told within
         *       a month (event `candidate.notice_overdue`);
         *     - erases the candidates whose retention period ended (event `candidate.erased`);
         *     - delivers pending webhooks.
         *
         *     Every step happens exactly once, however often and from however many schedulers and API instances this is called at the
         *     same moment: a step is taken under a condition only one caller can meet (a conditional update or a unique sweep mark),
         *     in the same transaction as its audit entry and event. Calling it again is harmless; a cron every few minutes is the
         *     intended use (`npm run sweep` does the same from the command line).
         */
        post: operations["runDeadlineSweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the service clock
         * @description The service clock every deadline is measured against. `mode` is `test` when the service runs with CLOCK_START (never in production): then the clock can be moved forward with POST /v1/clock/advance, and every instance on the same database shows the same time. Admin keys only.
         */
        get: operations["getClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the test clock forward and run what came due (test clock only)
         * @description Moves the shared test clock to `to` for every instance on this database, then runs the deadline sweep once as the
         *     service's own scheduler (`system:schedule`) and answers with its report: intakes close and deadlines pass exactly as
         *     they would have in between. Only with CLOCK_START (never in production); on the system clock the answer is
         *     409 `TEST_CLOCK_DISABLED`. The clock never moves backwards: an instant before the current one is 409 `CLOCK_BACKWARDS`.
         *     Other instances take the new time over within a second. The move is in the audit trail (`clock.advanced`).
         */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{candidateId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A candidate's consents (retention and reference checks), in force or not, oldest first
         * @description A candidate's consents (retention and reference checks), in force or not, oldest first. Reading changes nothing.
         */
        get: operations["listCandidateConsents"];
        put?: never;
        /**
         * Record a consent: retention (talent pool, at most one year) or a reference check for one application
         * @description The key that records it is kept as `recordedBy`.
         *
         *     Retention rule (docs/procedure.md, rule 9: the NVP code for applicants): the personal data and documents of a candidate who was not
         *     appointed are erased four weeks after the procedure was completed or cancelled; with a retention consent when that consent
         *     expires (never later than one year after the end); a consent withdrawn after the end makes erasure due at once. A person
         *     in several procedures is erased only when this is due for every one of them and none is running. The appointed candidate
         *     is exempt. The deadline sweep carries erasures out; `retention_erasure_due` in GET /v1/deadlines shows when each is due.
         */
        post: operations["recordCandidateConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{candidateId}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a consent; this ends what it allowed
         * @description A withdrawn retention consent makes the erasure due at once when the procedure has ended (otherwise four weeks after it ends); a withdrawn reference-check consent allows no new reference checks.
         */
        post: operations["withdrawCandidateConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{candidateId}/informed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a candidate from the agency's search was told that the agency holds their data
         * @description Due within one calendar month of recording the candidate (GDPR art. 14(3)); until then `headhunted_notice_due` in GET /v1/deadlines, overdue afterwards. Only for candidates with source agency_search; once.
         */
        post: operations["recordHeadhuntedNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/candidates/{candidateId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held on a person, as the answer to an access request
         * @description The candidate, each application with its stage history, documents' metadata with download links, interviews, evaluations (scores and advice; without evaluators' names and notes, GDPR art. 15(4)), reference outcomes (without the referees' data), offer and appointment; consents, questions and requests. Answers the person's pending access requests, or records one received and answered now, and is audited.
         */
        get: operations["exportCandidate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-subject-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Access and erasure requests, oldest received first
         * @description Access and erasure requests, oldest received first. Reading changes nothing.
         */
        get: operations["listDataSubjectRequests"];
        put?: never;
        /**
         * Record an access or erasure request that came in by mail, letter or phone
         * @description Due one calendar month after receipt; it is a `data_subject_request_due` deadline until answered (by the export, the erasure, or PATCH).
         */
        post: operations["createDataSubjectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/data-subject-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record that a request was answered otherwise (e.g. "we hold no data on you")
         * @description Record that a request was answered otherwise (e.g. "we hold no data on you").
         */
        patch: operations["answerDataSubjectRequest"];
        trace?: never;
    };
    "/v1/procedures/{procedureId}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The procedure's stages with their bounds, current counts, windows and status
         * @description Six stages in order: preselection, shortlist, nomination, references, terms, appointment. The status is derived from the timeline and the gates: the preselection opens after the closing date, the shortlist when the overview was sent, the last four when the shortlist was invited and the interview round has begun; a stage is closed once its gate was passed. `count` is the number of applications that got at least that far and are still in. A committee key reads its own procedure's stages without `closedBy`, `justification` and `timeZone`.
         */
        get: operations["listStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/stages/{stage}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pass a gate: send the candidate overview to the committee (preselection) or invite the shortlist (shortlist)
         * @description preselection: allowed after the closing date for applications, with the preselection within its bounds (4 to 6 for the reference procedure); sets `overviewSentAt`, the phase committee_review, and from then on the committee reads the overview and no candidate from the agency's search can be added. shortlist: allowed from the committee-meeting day, after the overview was sent, within its bounds (3 to 4); the phase becomes interviews. Outside the bounds a written `justification` of at least 20 characters lets it close anyway (never with no candidate at all); it is kept with the stage (the audit entry points there; an erasure replaces the names of erased candidates in it). A refusal (409) lists every failed condition in `errors[]` (STAGE_ALREADY_CLOSED, STAGE_NOT_OPEN, GATE_TOO_EARLY, STAGE_QUOTA_NOT_MET, STAGE_QUOTA_EXCEEDED, JUSTIFICATION_TOO_SHORT); the other stages answer 409 STAGE_NOT_CLOSABLE.
         */
        post: operations["closeStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an application to another stage (needs If-Match with the application ETag)
         * @description The declared graph: applied -> preselected -> shortlisted -> interviewed -> nominated (-> appointed, only by the appointment decision), and from any of these to rejected (with `reasonCategory`) or withdrawn. A rejected candidate is reinstated to the stage they were rejected from, with a `reason`, while that stage is still open. Only complete applications (both PDFs) can be preselected; interviewed needs a committee interview that has taken place; one nominee at a time, from the interviewed, once the interview round has started. Past a stage's maximum (the 7th preselected of 4 to 6) the `reason` must justify it (at least 20 characters). Anything the graph or a rule forbids answers 409 with the rule's code (TRANSITION_NOT_ALLOWED, APPLICATION_FINAL, APPLICATION_INCOMPLETE, NOT_INTERVIEWED, STAGE_CLOSED, STAGE_NOT_OPEN, STAGE_QUOTA_EXCEEDED, JUSTIFICATION_TOO_SHORT, NOMINATION_TOO_EARLY, NOMINEE_EXISTS, REJECTION_REASON_REQUIRED, REINSTATE_REASON_REQUIRED, APPOINTMENT_REQUIRED, PROCEDURE_FINISHED). Without If-Match 428; with a stale one 412. The answer is the application with its new ETag.
         */
        post: operations["transitionApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the stage history of an application, oldest first
         * @description Every stage change with `from`, `to` and `at`, starting with the intake (from null to applied at `receivedAt`). Agency keys also read who made each change (`actor`), the `reason` and the `reasonCategory`; a committee key reads the history of the applications it sees, without those. An application the key does not see answers 404.
         */
        get: operations["getApplicationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The candidate overview: every applicant, the preselection marked (JSON, or CSV with Accept: text/csv)
         * @description All applicants (open call, agency search, referral), the preselected first, each with source, completeness, stage and, for the preselected, the agency's short motivation. Before the overview is sent the preselection is the current one; after it, the one that was sent. `Accept: text/csv` answers the same as CSV (UTF-8, header row, RFC 4180 quoting, CRLF). A committee key reads its own procedure's overview once it was sent (404 before), without contact data and without the agency's search candidates who were not preselected.
         */
        get: operations["getCandidateOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the interviews of a procedure, earliest first
         * @description Cancelled interviews are listed too (status cancelled), with their history. A committee key sees the committee interviews of its own procedure only, never the agency's screening interviews.
         */
        get: operations["listInterviews"];
        put?: never;
        /**
         * Schedule an interview with a candidate
         * @description A committee interview is for a shortlisted (or already interviewed) candidate, lies wholly inside the interview round in the procedure's time zone (docs/procedure.md, rule 4: 19 to 23 January 2026 for the reference procedure; 26 January gets 422 OUTSIDE_INTERVIEW_ROUND) and has at least one active committee member on its panel. The agency's own screening interview lies inside the preselection window (OUTSIDE_PRESELECTION_WINDOW) and may have no panel. Nobody is booked twice: an overlap with another interview of the candidate (in any procedure) or of a panel member gets 409 CANDIDATE_DOUBLE_BOOKED or PANEL_MEMBER_DOUBLE_BOOKED; intervals are half-open, so back-to-back interviews are fine.
         */
        post: operations["scheduleInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/interviews/{interviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an interview with its panel and history
         * @description Read an interview with its panel and history. The answer carries the current `ETag`.
         */
        get: operations["getInterview"];
        put?: never;
        post?: never;
        /**
         * Cancel an interview; it is kept with status cancelled and its history
         * @description If-Match is optional here; when given it must be the current ETag. An interview that has started cannot be cancelled (409 INTERVIEW_ALREADY_STARTED), nor any interview of a completed or cancelled procedure (409 PROCEDURE_FINISHED). Cancelling a cancelled interview changes nothing.
         */
        delete: operations["cancelInterview"];
        options?: never;
        head?: never;
        /**
         * Reschedule an interview: time, length, place or panel (needs If-Match)
         * @description Every scheduling rule is checked again against the new plan. The schedule before the change is appended to `history` with the time, the acting key and the reason. An interview that has started (409 INTERVIEW_ALREADY_STARTED) or was cancelled (409 INTERVIEW_CANCELLED) cannot move. A change that changes nothing returns the interview as it is.
         */
        patch: operations["rescheduleInterview"];
        trace?: never;
    };
    "/v1/interviews/{interviewId}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the scorecards of an interview, in the order they came in
         * @description Agency keys see every scorecard. A committee member sees the other members' scorecards only after submitting their own; before that the list holds nothing and `othersVisible` is false.
         */
        get: operations["listEvaluations"];
        put?: never;
        /**
         * Submit a panel member's scorecard for an interview
         * @description Once the interview has started (409 INTERVIEW_NOT_STARTED), each panel member submits one scorecard (a second gets 409 EVALUATION_EXISTS): a score of 1 to 5, with notes, for every criterion of the procedure's profile, an overall advice and notes. Missing or unknown criteria get 422 CRITERIA_MISSING / CRITERIA_UNKNOWN naming them. A committee key submits its own member's scorecard (403 NOT_ON_PANEL when that member was not on the panel); an agency key submits on behalf of the member it names in memberId. Scorecards cannot be changed afterwards.
         */
        post: operations["submitEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/evaluations/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Average scores per candidate and criterion over the committee interviews
         * @description One item per candidate with a committee interview that was not cancelled, best overall average first: the number of scorecards, the exact average per criterion of the profile (two decimals, rounded half up, as a string such as "4.33") and overall, and how often each advice was given. A committee member sees a candidate here once they submitted their own scorecard for that candidate.
         */
        get: operations["getEvaluationSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/reference-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the latest reference-check consent of an application (in force or withdrawn)
         * @description Read the latest reference-check consent of an application (in force or withdrawn). Reading changes nothing.
         */
        get: operations["getReferenceConsent"];
        put?: never;
        /**
         * Record the candidate's consent to a reference check
         * @description docs/procedure.md, rule 5: a reference check needs the nominee's recorded consent. Keeps when it was given (givenAt, default now, never in the future), its scope and the key that recorded it. One consent in force per application (409 CONSENT_EXISTS); it may be recorded before the nomination.
         */
        post: operations["recordReferenceConsent"];
        /**
         * Withdraw the reference-check consent
         * @description The consent is kept with withdrawnAt. No reference can be added or completed afterwards until a new consent is recorded.
         */
        delete: operations["withdrawReferenceConsent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the reference checks of an application, oldest first
         * @description List the reference checks of an application, oldest first. Reading changes nothing.
         */
        get: operations["listReferences"];
        put?: never;
        /**
         * Add a referee to the reference check of the nominee
         * @description Only for the nominee (409 NOT_NOMINEE) and only while the nominee's consent is in force (409 REFERENCE_CONSENT_MISSING). The referee's name and contact are personal data: the audit trail records that they changed, never their values.
         */
        post: operations["addReference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/references/{referenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one reference check
         * @description Read one reference check. The answer carries the current `ETag`.
         */
        get: operations["getReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record the outcome of a reference check, or resolve its concerns (needs If-Match)
         * @description outcome (positive, concerns or negative) with notes completes the check (completedAt) and can be set once; it needs the consent still in force. resolutionNote marks concerns, or a negative outcome, resolved (concernsResolvedAt): the appointment waits for that. A completed check keeps its referee, outcome and notes (409 REFERENCE_COMPLETED).
         */
        patch: operations["updateReference"];
        trace?: never;
    };
    "/v1/applications/{applicationId}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the nominee's offer
         * @description Read the nominee's offer. The answer carries the current `ETag`.
         */
        get: operations["getOffer"];
        /**
         * Create or change the nominee's offer of terms of employment
         * @description Only for the nominee (409 NOT_NOMINEE). The monthly salary must lie within the bounds of the procedure's scale valid on the start date (docs/procedure.md, rule 6; 422 SALARY_OUT_OF_BOUNDS names them, e.g. EUR 8,062.66 to EUR 11,442.11 from 1 January 2026 for the reference procedure). Money is exact: decimal strings with two decimals. States: draft -> made -> accepted | declined; made and declined can go back to draft to renegotiate; accepted is final (409 OFFER_STATE_TRANSITION). Terms change only in a draft or in the step that makes it (409 OFFER_TERMS_LOCKED). Creating needs no If-Match (201); once the offer exists If-Match is required (428 without, 412 when stale).
         */
        put: operations["putOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the appointment of a procedure
         * @description Read the appointment of a procedure. Reading changes nothing.
         */
        get: operations["getAppointment"];
        put?: never;
        /**
         * Record the supervisory board's appointment decision; completes the procedure
         * @description docs/procedure.md, rule 7: needs a nominee, at least one completed reference check and none still open, no unresolved concerns or negative reference, an accepted offer, and a decision date strictly before the appointment deadline (29 January 2026 passes, 1 February 2026 does not, for the reference procedure) and not in the future. Every missing condition is listed at once in `errors[]` (each with its code) under the code APPOINTMENT_CONDITIONS_NOT_MET: 422 when only the decision date is wrong, 409 otherwise. On success, in one transaction: the nominee becomes appointed, every other open application is rejected with the reason category position_filled (their interviews still to come are cancelled), and the procedure is completed.
         */
        post: operations["recordAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/procedures/{procedureId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A procedure's figures: applicants by source, funnel, time in stage, milestones planned against met (JSON, or CSV with Accept: text/csv)
         * @description Applicants by source; the funnel (applications that ever reached each stage, and the conversion from the stage before); the median and longest time applications spent in each stage they left; each timeline obligation with its due instant, when it was met and whether on time or late by how many hours (src/domain/deadlines.ts says what meets each; none for a draft or a cancelled procedure); the share met on time; and the days from the opening date to the decision date of the appointment. `Accept: text/csv` answers as CSV (UTF-8, header row, RFC 4180 quoting, CRLF); any other type than JSON or CSV is 406. The CSV has one figure a line: section, item, measure, value. Agency keys only.
         */
        get: operations["getProcedureReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/agency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures across the agency for a period, in total and by client (JSON, or CSV with Accept: text/csv)
         * @description For the local days `from` to `to` (inclusive, Europe/Amsterdam): procedures opened (opening date in the period, not drafts) and completed, the median days from opening date to decision date over appointments decided in the period, and the timeline obligations due in the period: how many, met on time, late (met late or overdue), and the share on time over those met on time, late or overdue. A period covers at most 366 days (both ends counted); a longer one is 422 `REPORT_PERIOD_TOO_LONG` on `to`. `Accept: text/csv` answers as CSV (UTF-8, header row, RFC 4180 quoting, CRLF); any other type than JSON or CSV is 406. The CSV has a line per client and a last line for all clients. Agency keys only.
         */
        get: operations["getAgencyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    event: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What your endpoint receives for each subscribed event
         * @description Each event of a subscribed type that happens after the subscription was created is sent as `POST <url>` with a JSON body
         *     `{ id, type, procedureId, entityType, entityId, payload, createdAt }` (the shape of the event feed), signed as the
         *     [Standard Webhooks](https://www.standardwebhooks.com/) specification defines, so its libraries verify it:
         *
         *     - `webhook-id`: the event id; the same on every retry, so receivers can de-duplicate (delivery is at least once).
         *     - `webhook-timestamp`: unix seconds when the attempt was signed.
         *     - `webhook-signature`: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the
         *       base64-decoded part of the secret after `whsec_`. During a secret rotation's overlap it holds two signatures separated
         *       by a space, one per secret; accept the delivery when one of them matches. Compare in constant time and refuse
         *       timestamps more than 5 minutes away to stop replays.
         *
         *     Any 2xx answer within 5 seconds counts as delivered; redirects are not followed. Otherwise the delivery is retried after
         *     30 s, 1, 2, 4, 8, 16 and 32 minutes; after 8 attempts it is given up with status `failed` and its last error, visible under
         *     `GET /v1/webhooks/{webhookId}/deliveries`. Events of one procedure are delivered in order: a later event waits while an
         *     earlier one for the same webhook is pending or being retried. Deliveries are made by the server's background loop and by
         *     the deadline sweep.
         *
         *     Targets: with NODE_ENV=production the URL must be https. A URL whose host is, or resolves to, a loopback, private
         *     (10/8, 172.16/12, 192.168/16, fc00::/7), shared (100.64/10), link-local (169.254/16, fe80::/10), unspecified, multicast
         *     or reserved address is refused when subscribing (422 `WEBHOOK_URL_REFUSED`), and again at each delivery after the name
         *     is resolved (the connection goes to the address that was checked): such a delivery fails at once, with the reason as its
         *     `lastError`. `WEBHOOK_ALLOW_PRIVATE_TARGETS=true` allows loopback, private and shared addresses, for development.
         *     A host name that does not exist (or has no address) is refused when subscribing (422 `WEBHOOK_URL_REFUSED`); when the
         *     name cannot be looked up right now (a temporary DNS failure) the answer is 503 `DNS_UNAVAILABLE` with `Retry-After`:
         *     subscribe again later.
         */
        post: operations["receiveEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description The figures across the agency for a period, in total and by client. */
        AgencyReport: {
            from: string;
            to: string;
            timeZone: string;
            generatedAt: string;
            totals: {
                /** @description Procedures (not drafts) whose opening date lies in the period. */
                proceduresOpened: number;
                /** @description Procedures completed in the period. */
                proceduresCompleted: number;
                /** @description Median days from the opening date to the decision date, over appointments decided in the period. */
                medianDaysToAppointment: number | null;
                /** @description Timeline obligations due in the period. */
                milestonesDue: number;
                milestonesOnTime: number;
                /** @description Met late, or due and not met (overdue). */
                milestonesLate: number;
                /** @description Between 0 and 1, 4 decimals; null over nothing. */
                onTimeShare: number | null;
            };
            byClient: {
                /** Format: uuid */
                clientId: string;
                clientName: string;
                /** @description Procedures (not drafts) whose opening date lies in the period. */
                proceduresOpened: number;
                /** @description Procedures completed in the period. */
                proceduresCompleted: number;
                /** @description Median days from the opening date to the decision date, over appointments decided in the period. */
                medianDaysToAppointment: number | null;
                /** @description Timeline obligations due in the period. */
                milestonesDue: number;
                milestonesOnTime: number;
                /** @description Met late, or due and not met (overdue). */
                milestonesLate: number;
                /** @description Between 0 and 1, 4 decimals; null over nothing. */
                onTimeShare: number | null;
            }[];
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "consultant" | "committee" | "scheduler";
            /** @description The public start of the key, to recognise it */
            prefix: string;
            /** Format: uuid */
            procedureId: string | null;
            /** Format: uuid */
            committeeMemberId: string | null;
            /**
             * Format: uuid
             * @description The person the key belongs to (it acts in their role)
             */
            userId: string | null;
            /** @description Whether the key may send On-Behalf-Of */
            actOnBehalf: boolean;
            expiresAt: string | null;
            revokedAt: string | null;
            createdAt: string;
        };
        /** @description A page of ApiKey items, oldest change first. */
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "candidate": {
         *         "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
         *         "firstName": "Zoë",
         *         "lastName": "van der Berg",
         *         "email": "zoe.vanderberg@example.org",
         *         "phone": null,
         *         "city": "Utrecht",
         *         "currentPosition": "Directeur Bedrijfsvoering",
         *         "currentOrganisation": "Provincie Utrecht",
         *         "linkedinUrl": null
         *       },
         *       "source": "open_call",
         *       "stage": "applied",
         *       "rejectionReason": null,
         *       "agencyMotivation": null,
         *       "receivedAt": "2026-01-05T10:00:00.000Z",
         *       "stageEnteredAt": "2026-01-05T10:00:00.000Z",
         *       "completedAt": null,
         *       "complete": false,
         *       "missingDocuments": [
         *         "motivation",
         *         "cv"
         *       ],
         *       "documents": {
         *         "motivation": null,
         *         "cv": null
         *       },
         *       "documentHistory": [],
         *       "version": 1,
         *       "createdAt": "2026-01-05T10:00:00.000Z",
         *       "updatedAt": "2026-01-05T10:00:00.000Z"
         *     }
         */
        Application: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            candidate: {
                /** Format: uuid */
                id: string;
                firstName: string | null;
                lastName: string | null;
                email: string | null;
                phone: string | null;
                city: string | null;
                currentPosition: string | null;
                currentOrganisation: string | null;
                linkedinUrl: string | null;
            };
            source: components["schemas"]["CandidateSource"];
            /** @enum {string} */
            stage: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            rejectionReason: string | null;
            agencyMotivation: string | null;
            receivedAt: string;
            /** @description When the current stage was entered: the instant of the last stage change, else `receivedAt`. */
            stageEnteredAt: string;
            completedAt: string | null;
            complete: boolean;
            missingDocuments: ("motivation" | "cv")[];
            documents: {
                motivation: components["schemas"]["ApplicationDocument"] | null;
                cv: components["schemas"]["ApplicationDocument"] | null;
            };
            /** @description Every version ever uploaded, oldest first, replaced ones included. */
            documentHistory: components["schemas"]["ApplicationDocument"][];
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ApplicationChanges: {
            /** @description The agency's short motivation for (not) putting the candidate forward. */
            agencyMotivation?: string | null;
            /** @description Frozen once the candidate overview was sent to the committee */
            source?: components["schemas"]["CandidateSource"];
            /** @description Why the agency motivation of a candidate in the sent overview changes (at least 20 characters); kept in the audit trail */
            justification?: string;
        };
        ApplicationDocument: {
            /** Format: uuid */
            id: string;
            /**
             * @description motivation: the motivation letter; cv: the curriculum vitae. Each is one PDF.
             * @enum {string}
             */
            kind: "motivation" | "cv";
            /** @description The original name, cleaned; the stored object has a key of its own. */
            fileName: string | null;
            sizeBytes: number;
            sha256: string;
            current: boolean;
            uploadedAt: string;
            /** @description The API key that uploaded it, `key:<uuid>`. */
            uploadedBy: string;
            /**
             * Format: uuid
             * @description The person of the agency who uploaded it with the key `uploadedBy`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one.
             */
            uploadedByUserId: string | null;
            supersededAt: string | null;
            downloadUrl: string | null;
        };
        ApplicationSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            candidate: {
                /** Format: uuid */
                id: string;
                firstName: string | null;
                lastName: string | null;
                /** @description Shown to agency keys only. */
                email?: string | null;
            };
            source: components["schemas"]["CandidateSource"];
            /** @enum {string} */
            stage: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            receivedAt: string;
            /** @description When the current stage was entered: the instant of the last stage change, else `receivedAt`. */
            stageEnteredAt: string;
            completedAt: string | null;
            complete: boolean;
            missingDocuments: ("motivation" | "cv")[];
            documentsPresent: {
                motivation: boolean;
                cv: boolean;
            };
            createdAt: string;
            updatedAt: string;
        };
        /** @description A page of ApplicationSummary items, oldest change first. */
        ApplicationSummaryPage: {
            items: components["schemas"]["ApplicationSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "applicationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "candidate": {
         *         "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
         *         "firstName": "Zoë",
         *         "lastName": "van der Berg"
         *       },
         *       "decisionDate": "2026-01-29",
         *       "decisionReference": "RvT-2026-004",
         *       "createdAt": "2026-01-29T16:00:00.000Z",
         *       "rejectedApplicationIds": [
         *         "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"
         *       ]
         *     }
         */
        Appointment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            /** Format: uuid */
            applicationId: string;
            candidate: {
                /** Format: uuid */
                id: string;
                firstName: string | null;
                lastName: string | null;
            };
            decisionDate: string;
            decisionReference: string;
            createdAt: string;
            /** @description The applications that were rejected with the reason "position filled" */
            rejectedApplicationIds: string[];
        };
        /**
         * @example {
         *       "id": "1042",
         *       "at": "2026-01-14T09:12:00.000Z",
         *       "actor": "key:9b2f6c1e-0d3a-4e5b-8c7d-6e5f4a3b2c1d",
         *       "actorRole": "consultant",
         *       "action": "committee_member.added",
         *       "entityType": "committee_member",
         *       "entityId": "3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
         *       "changes": {
         *         "name": {
         *           "from": "[personal data]",
         *           "to": "[personal data]"
         *         },
         *         "role": {
         *           "from": null,
         *           "to": "chair"
         *         }
         *       },
         *       "reason": null,
         *       "requestId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
         *       "userId": "3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b"
         *     }
         */
        AuditEntry: {
            /** @description Increasing with each entry; the list is in this order */
            id: string;
            at: string;
            actor: string;
            actorRole: string;
            action: string;
            entityType: string;
            entityId: string;
            /** @description Changed fields as `{ field: { from, to } }`; personal data shows as "[personal data]" */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                } & {
                    [key: string]: unknown;
                };
            } | null;
            reason: string | null;
            requestId: string | null;
            /**
             * Format: uuid
             * @description The agency's person who made the change with the key `actor`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one
             */
            userId: string | null;
        };
        /** @description A page of AuditEntry items, oldest change first. */
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "key": {
         *         "id": "9b2f6c1e-0d3a-4e5b-8c7d-6e5f4a3b2c1d",
         *         "name": "Agency portal",
         *         "role": "admin",
         *         "prefix": "pt_1a2b3c4d5e6f",
         *         "expiresAt": null,
         *         "procedureId": null,
         *         "committeeMemberId": null,
         *         "actOnBehalf": true
         *       },
         *       "user": null,
         *       "actingUser": {
         *         "id": "3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b",
         *         "name": "Anna de Vries",
         *         "role": "consultant"
         *       },
         *       "role": "consultant",
         *       "operations": [
         *         {
         *           "method": "GET",
         *           "path": "/v1/procedures",
         *           "operationId": "listProcedures"
         *         }
         *       ]
         *     }
         */
        Caller: {
            key: {
                /**
                 * Format: uuid
                 * @description null for the bootstrap key ADMIN_API_KEY
                 */
                id: string | null;
                name: string;
                /**
                 * @description The key's own role (a person's key: the person's role)
                 * @enum {string}
                 */
                role: "admin" | "consultant" | "committee" | "scheduler";
                prefix: string | null;
                expiresAt: string | null;
                /**
                 * Format: uuid
                 * @description The one procedure of a committee key
                 */
                procedureId: string | null;
                /** Format: uuid */
                committeeMemberId: string | null;
                /** @description Whether the key may send On-Behalf-Of */
                actOnBehalf: boolean;
            };
            /** @description The person the key belongs to, if any */
            user: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                role: "admin" | "consultant";
            } | null;
            /** @description The person named by On-Behalf-Of in this request, if any */
            actingUser: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                role: "admin" | "consultant";
            } | null;
            /**
             * @description The role this request runs in: the acting person’s with On-Behalf-Of, else the key’s
             * @enum {string}
             */
            role: "admin" | "consultant" | "committee" | "scheduler";
            /** @description Every operation this caller may call, from the routes' own role configuration (the role table of README) */
            operations: {
                method: string;
                path: string;
                operationId: string;
            }[];
        };
        Candidate: {
            /** Format: uuid */
            id: string;
            firstName: string | null;
            lastName: string | null;
            email: string | null;
            phone: string | null;
            city: string | null;
            currentPosition: string | null;
            currentOrganisation: string | null;
            linkedinUrl: string | null;
            source: components["schemas"]["CandidateSource"];
            notes: string | null;
            applications: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                procedureId: string;
                stage: string;
                /** @description When the current stage was entered: the instant of the last stage change, else `receivedAt`. */
                stageEnteredAt: string;
                source: components["schemas"]["CandidateSource"];
            }[];
            erasedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        CandidateChanges: {
            firstName?: string;
            lastName?: string;
            /** Format: email */
            email?: string | null;
            /** @example +31 6 12345678 */
            phone?: string | null;
            city?: string | null;
            currentPosition?: string | null;
            currentOrganisation?: string | null;
            /** Format: uri */
            linkedinUrl?: string | null;
            source?: components["schemas"]["CandidateSource"];
            /** @description The agency's own notes about the candidate. */
            notes?: string | null;
        };
        CandidateExport: {
            exportedAt: string;
            request: components["schemas"]["DataSubjectRequest"];
            candidate: {
                /** Format: uuid */
                id: string;
                firstName: string | null;
                lastName: string | null;
                email: string | null;
                phone: string | null;
                city: string | null;
                currentPosition: string | null;
                currentOrganisation: string | null;
                linkedinUrl: string | null;
                source: components["schemas"]["CandidateSource"];
                notes: string | null;
                applications: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    procedureId: string;
                    stage: string;
                    /** @description When the current stage was entered: the instant of the last stage change, else `receivedAt`. */
                    stageEnteredAt: string;
                    source: components["schemas"]["CandidateSource"];
                }[];
                erasedAt: string | null;
                version: number;
                createdAt: string;
                updatedAt: string;
                informedAt: string | null;
            };
            applications: {
                /** Format: uuid */
                id: string;
                procedure: {
                    /** Format: uuid */
                    id: string;
                    title: string;
                    reference: string | null;
                    phase: string;
                };
                source: string;
                stage: string;
                rejectionReason: string | null;
                agencyMotivation: string | null;
                receivedAt: string;
                completedAt: string | null;
                erasedAt: string | null;
                stageHistory: {
                    from: string | null;
                    to: string;
                    at: string;
                    reasonCategory: string | null;
                    reason: string | null;
                }[];
                documents: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "motivation" | "cv";
                    fileName: string | null;
                    sizeBytes: number;
                    uploadedAt: string;
                    current: boolean;
                    supersededAt: string | null;
                    erasedAt: string | null;
                    /** @description SHA-256 of the file; "erased" once erased */
                    sha256: string;
                    /** @description The current, not erased document: GET it with an agency key */
                    downloadUrl: string | null;
                }[];
                interviews: {
                    /** Format: uuid */
                    id: string;
                    kind: string;
                    startsAt: string;
                    endsAt: string;
                    location: string;
                    locationDetail: string | null;
                    status: string;
                    /** @description Earlier schedules, with the reasons given for moving or cancelling */
                    history: {
                        change: string;
                        startsAt: string;
                        endsAt: string;
                        location: string;
                        locationDetail: string | null;
                        changedAt: string;
                        reason: string | null;
                    }[];
                }[];
                /** @description Scores, notes per criterion, overall advice and notes about the candidate; the evaluators' names are left out (GDPR art. 15(4): the rights of others) */
                evaluations: {
                    /** Format: uuid */
                    interviewId: string;
                    submittedAt: string;
                    ratings: {
                        [key: string]: {
                            score: number;
                            notes: string | null;
                        };
                    };
                    overallAdvice: string;
                    notes: string | null;
                }[];
                /** @description The reference checks about the candidate: who was asked, what they said, how concerns were resolved */
                references: {
                    refereeName: string;
                    relation: string;
                    contact: string | null;
                    outcome: string | null;
                    notes: string | null;
                    completedAt: string | null;
                    concernsResolvedAt: string | null;
                    resolutionNote: string | null;
                }[];
                /** @description The agency's notes on the application, and whether each was shared with the committee; who wrote them is left out (GDPR art. 15(4)) */
                notes: {
                    /** Format: uuid */
                    id: string;
                    text: string;
                    shared: boolean;
                    createdAt: string;
                    updatedAt: string;
                }[];
                /** @description Written justifications of the procedure's stages that name the candidate */
                stageJustifications: {
                    stage: string;
                    justification: string;
                }[];
                offer: {
                    salaryScale: string;
                    monthlySalary: string;
                    hoursPerWeek: number;
                    ikbPercentage: string;
                    startDate: string;
                    state: string;
                } | null;
                appointment: {
                    decisionDate: string;
                    decisionReference: string;
                } | null;
            }[];
            /** @description Without the person of the agency who recorded each (GDPR art. 15(4)); `recordedBy` names the key */
            consents: components["schemas"]["ExportedConsent"][];
            inquiries: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                procedureId: string | null;
                channel: string;
                fromName: string | null;
                fromEmail: string | null;
                subject: string | null;
                receivedAt: string;
                dueAt: string;
                answeredAt: string | null;
            }[];
            dataSubjectRequests: components["schemas"]["DataSubjectRequest"][];
        };
        /** @description Every applicant of the procedure, the preselection first. */
        CandidateOverview: {
            /** Format: uuid */
            procedureId: string;
            title: string;
            reference: string | null;
            timeZone: string;
            generatedAt: string;
            overviewSentAt: string | null;
            preselection: {
                count: number;
                min: number;
                max: number;
            };
            totals: {
                applicants: number;
                preselected: number;
                openCall: number;
                agencySearch: number;
                referral: number;
                complete: number;
            };
            /** @constant */
            audience: "agency";
            items: components["schemas"]["OverviewItem"][];
        };
        /** @description A page of Candidate items, oldest change first. */
        CandidatePage: {
            items: components["schemas"]["Candidate"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        CandidateSearchHit: {
            /** Format: uuid */
            id: string;
            firstName: string | null;
            lastName: string | null;
            /** @description Agency keys only; a committee key never reads it. */
            email?: string | null;
            /** @description How closely the name or e-mail address matches the query (0..1); the list is in this order, best first. */
            score: number;
            /** @description The applications (procedures) of the candidate that the key sees. */
            applications: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                procedureId: string;
                procedureTitle: string;
                stage: string;
                /** @description Agency keys only: when the current stage was entered (the last stage change, else `receivedAt`). */
                stageEnteredAt?: string;
            }[];
        };
        CandidateSearchResult: {
            items: components["schemas"]["CandidateSearchHit"][];
        };
        /**
         * @description How the candidate came in: the open call, the agency's own search (headhunted), or a referral.
         * @enum {string}
         */
        CandidateSource: "open_call" | "agency_search" | "referral";
        /**
         * @example {
         *       "id": "0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e",
         *       "name": "Interprovinciaal Overleg (IPO)",
         *       "description": "Association of the twelve Dutch provinces; BIJ12 is its implementing organisation.",
         *       "website": "https://www.ipo.nl",
         *       "version": 1,
         *       "createdAt": "2025-12-01T09:00:00.000Z",
         *       "updatedAt": "2025-12-01T09:00:00.000Z"
         *     }
         */
        Client: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            website: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ClientChanges: {
            name?: string;
            description?: string | null;
            /** Format: uri */
            website?: string | null;
        };
        /** @description A page of Client items, oldest change first. */
        ClientPage: {
            items: components["schemas"]["Client"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "now": "2026-01-05T09:00:00.000Z",
         *       "mode": "test",
         *       "startedAt": "2026-01-05T09:00:00.000Z"
         *     }
         */
        Clock: {
            /**
             * Format: date-time
             * @description The service clock (every instance on this database shows the same time)
             */
            now: string;
            /**
             * @description `test` when the service runs with CLOCK_START (never in production), `system` otherwise
             * @enum {string}
             */
            mode: "system" | "test";
            /**
             * Format: date-time
             * @description CLOCK_START: the instant the test clock started from (test mode only)
             */
            startedAt?: string;
        };
        /**
         * @example {
         *       "to": "2026-02-01T00:00:00+01:00"
         *     }
         */
        ClockAdvance: {
            /**
             * Format: date-time
             * @description The instant to move the service clock to; not before its current time
             */
            to: string;
        };
        ClockAdvanced: {
            /**
             * Format: date-time
             * @description The service clock after the move
             */
            now: string;
            sweep: components["schemas"]["SweepReport"];
        };
        /** @description What a committee key reads of a preselected candidate: in full, with the two PDFs. */
        CommitteeApplication: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            candidate: {
                /** Format: uuid */
                id: string;
                firstName: string | null;
                lastName: string | null;
                email: string | null;
                phone: string | null;
                city: string | null;
                currentPosition: string | null;
                currentOrganisation: string | null;
                linkedinUrl: string | null;
            };
            source: components["schemas"]["CandidateSource"];
            /** @enum {string} */
            stage: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            /** @constant */
            preselected: true;
            complete: boolean;
            agencyMotivation: string | null;
            documents: {
                motivation: components["schemas"]["CommitteeDocument"] | null;
                cv: components["schemas"]["CommitteeDocument"] | null;
            };
            receivedAt: string;
        };
        /** @description What a committee key reads of an applicant who was not preselected, and of every applicant in lists. */
        CommitteeApplicationSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            candidate: {
                /** Format: uuid */
                id: string;
                firstName: string | null;
                lastName: string | null;
                city: string | null;
                currentPosition: string | null;
                currentOrganisation: string | null;
            };
            source: components["schemas"]["CandidateSource"];
            /** @enum {string} */
            stage: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            /** @description Whether the candidate was in the preselection sent to the committee. */
            preselected: boolean;
            complete: boolean;
            receivedAt: string;
        };
        /** @description A page of CommitteeApplicationSummary items, oldest change first. */
        CommitteeApplicationSummaryPage: {
            items: components["schemas"]["CommitteeApplicationSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description What the committee reads once the overview was sent: every applicant and the preselection, without contact data and without the agency's search candidates who were not preselected. */
        CommitteeCandidateOverview: {
            /** Format: uuid */
            procedureId: string;
            title: string;
            reference: string | null;
            timeZone: string;
            generatedAt: string;
            overviewSentAt: string | null;
            preselection: {
                count: number;
                min: number;
                max: number;
            };
            totals: {
                applicants: number;
                preselected: number;
                openCall: number;
                agencySearch: number;
                referral: number;
                complete: number;
            };
            /** @constant */
            audience: "committee";
            items: components["schemas"]["CommitteeOverviewItem"][];
        };
        CommitteeDocument: {
            /** Format: uuid */
            id: string;
            /**
             * @description motivation: the motivation letter; cv: the curriculum vitae. Each is one PDF.
             * @enum {string}
             */
            kind: "motivation" | "cv";
            /** @description The original name, cleaned; the stored object has a key of its own. */
            fileName: string | null;
            sizeBytes: number;
            uploadedAt: string;
            downloadUrl: string;
        };
        /**
         * @example {
         *       "id": "3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "name": "J. de Vries",
         *       "role": "chair",
         *       "email": "j.devries@example.org",
         *       "createdAt": "2026-01-05T09:00:00.000Z",
         *       "removedAt": null
         *     }
         */
        CommitteeMember: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            name: string;
            /**
             * @description chair, member or adviser (e.g. the chair of the board as adviser)
             * @enum {string}
             */
            role: "chair" | "member" | "adviser";
            /** @description Absent for committee keys, which see names and roles only */
            email?: string | null;
            /** @description Absent for committee keys */
            createdAt?: string;
            /** @description Set when the member left the committee; absent for committee keys */
            removedAt?: string | null;
        };
        /** @description A page of CommitteeMember items, oldest change first. */
        CommitteeMemberPage: {
            items: components["schemas"]["CommitteeMember"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        CommitteeOverviewItem: {
            /** Format: uuid */
            applicationId: string;
            /** @description In the preselection: as it was sent to the committee once the overview went out, the current one before that. */
            preselected: boolean;
            source: components["schemas"]["CandidateSource"];
            /** @description Both the motivation letter and the CV are there. */
            complete: boolean;
            /** @enum {string} */
            stage: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            receivedAt: string;
            /** @description The agency's short motivation, for the preselected candidates; null for the others. */
            agencyMotivation: string | null;
            candidate: {
                firstName: string | null;
                lastName: string | null;
                city: string | null;
                currentPosition: string | null;
                currentOrganisation: string | null;
            };
        };
        CommitteeProcedureStages: {
            /** Format: uuid */
            procedureId: string;
            /** @enum {string} */
            phase: "draft" | "open" | "closed" | "preselection" | "committee_review" | "interviews" | "nomination" | "appointment" | "completed" | "cancelled";
            overviewSentAt: string | null;
            stages: components["schemas"]["CommitteeStage"][];
        };
        CommitteeStage: {
            /**
             * @description preselection: the candidates the agency puts forward (the gate sends the candidate overview to the committee); shortlist: those invited to the interview round; nomination: the preferred candidate; references, terms, appointment: the last steps, after nomination.
             * @enum {string}
             */
            name: "preselection" | "shortlist" | "nomination" | "references" | "terms" | "appointment";
            label: string;
            /**
             * @description pending: not yet open by the timeline or the previous gate; open: work in it is allowed; closed: its gate was passed.
             * @enum {string}
             */
            status: "pending" | "open" | "closed";
            /** @description How many candidates the stage holds when its gate closes; null for stages without bounds. */
            bounds: {
                min: number;
                max: number;
            } | null;
            /** @description Applications in the stage now (those that got at least this far and are still in); null for stages that count no candidates. */
            count: number | null;
            /** @description The planned window from the timeline; null without a timeline. */
            window: {
                /** @description Start of the stage's window (the start of a local day in the procedure's time zone), in UTC. */
                startsAt: string;
                /** @description End of the window (exclusive). */
                endsAt: string;
            } | null;
            closedAt: string | null;
        };
        Consent: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            applicationId: string | null;
            /** @enum {string} */
            kind: "retention" | "reference_check";
            scope: string;
            givenAt: string;
            /** @description The API key that recorded it */
            recordedBy: string;
            /**
             * Format: uuid
             * @description The person of the agency who recorded it with the key `recordedBy`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one
             */
            recordedByUserId: string | null;
            expiresAt: string | null;
            withdrawnAt: string | null;
            /** @description Given, not withdrawn and not expired */
            inForce: boolean;
            createdAt: string;
        };
        /** @description A page of Consent items, oldest change first. */
        ConsentPage: {
            items: components["schemas"]["Consent"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ConsentWithdrawal: {
            /**
             * Format: date-time
             * @description When the candidate withdrew it; defaults to now, not in the future nor before givenAt
             */
            withdrawnAt?: string;
        };
        CreatedApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "consultant" | "committee" | "scheduler";
            /** @description The public start of the key, to recognise it */
            prefix: string;
            /** Format: uuid */
            procedureId: string | null;
            /** Format: uuid */
            committeeMemberId: string | null;
            /**
             * Format: uuid
             * @description The person the key belongs to (it acts in their role)
             */
            userId: string | null;
            /** @description Whether the key may send On-Behalf-Of */
            actOnBehalf: boolean;
            expiresAt: string | null;
            revokedAt: string | null;
            createdAt: string;
            /** @description The key itself. Shown once: store it now. */
            token: string;
        };
        CreatedWebhook: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            /** @description During a rotation overlap: until when the previous secret also signs deliveries; null otherwise */
            previousSecretExpiresAt: string | null;
            createdAt: string;
            /** @description `whsec_` and base64 (Standard Webhooks). Keep it: it is not shown again */
            secret: string;
        };
        DataSubjectRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string | null;
            /** @enum {string} */
            kind: "access" | "erasure";
            receivedAt: string;
            /** @description One calendar month after receipt (GDPR art. 12(3)), Europe/Amsterdam */
            dueAt: string;
            answeredAt: string | null;
            /** @enum {string} */
            state: "open" | "overdue" | "answered" | "answered_late";
        };
        DataSubjectRequestAnswer: {
            /**
             * Format: date-time
             * @description When it was answered otherwise than through the export or erasure routes; defaults to now
             */
            answeredAt?: string;
        };
        /** @description A page of DataSubjectRequest items, oldest change first. */
        DataSubjectRequestPage: {
            items: components["schemas"]["DataSubjectRequest"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "application_closing:6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "kind": "application_closing",
         *       "label": "closing date for applications",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "subject": {
         *         "type": "procedure",
         *         "id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
         *       },
         *       "dueAt": "2026-01-06T23:00:00.000Z",
         *       "timeZone": "Europe/Amsterdam",
         *       "state": "due",
         *       "metBy": "The intake closes (phase open -> closed); the deadline sweep does this at the closing instant.",
         *       "metAt": null,
         *       "missedAt": null
         *     }
         */
        Deadline: {
            /** @description `<kind>:<subject id>`; stable, so a scheduler can remember what it handled */
            id: string;
            /** @enum {string} */
            kind: "application_closing" | "overview_due" | "committee_meeting" | "interview_round_start" | "interview_round_end" | "appointment_deadline" | "inquiry_answer_due" | "headhunted_notice_due" | "retention_erasure_due" | "data_subject_request_due";
            label: string;
            /**
             * Format: uuid
             * @description The procedure the obligation belongs to; for a headhunted candidate the procedure they were first added to, for an erasure the procedure that ended last; null for requests and for questions or people without a procedure
             */
            procedureId: string | null;
            subject: {
                /** @enum {string} */
                type: "procedure" | "inquiry" | "candidate" | "data_subject_request";
                /** Format: uuid */
                id: string;
            };
            /** @description The step must happen before this instant; in UTC (the end of a day in the procedure's time zone, for day-based steps) */
            dueAt: string;
            timeZone: string;
            /** @enum {string} */
            state: "upcoming" | "due" | "overdue" | "met";
            /** @description What meets the obligation */
            metBy: string;
            /** @description When it was met, where recorded */
            metAt: string | null;
            /** @description When the deadline sweep recorded that it passed unmet (missed milestone, overdue answer or notice) */
            missedAt: string | null;
        };
        /** @description A page of Deadline items, oldest change first. */
        DeadlinePage: {
            items: components["schemas"]["Deadline"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        Erasure: {
            /** Format: uuid */
            candidateId: string;
            erasedAt: string;
            /** @description Applications kept as an anonymous record (stage, stage history, dates) */
            applicationsKept: number;
            /** @description Applications in running procedures that were withdrawn with the erasure */
            applicationsWithdrawn: number;
            documentsRemoved: number;
            request: components["schemas"]["DataSubjectRequest"];
        };
        /**
         * @example {
         *       "id": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
         *       "interviewId": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *       "applicationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "member": {
         *         "id": "3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
         *         "name": "Anna de Boer",
         *         "role": "chair"
         *       },
         *       "ratings": {
         *         "academic": {
         *           "score": 4,
         *           "notes": "Sharp analysis of the BIJ12 tasks."
         *         }
         *       },
         *       "overallAdvice": "recommend",
         *       "notes": null,
         *       "submittedAt": "2026-01-20T11:15:00.000Z"
         *     }
         */
        Evaluation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interviewId: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            procedureId: string;
            member: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
            };
            ratings: {
                [key: string]: {
                    score: number;
                    notes: string | null;
                };
            };
            /**
             * @description strongly_recommend, recommend, doubt or not_recommend
             * @enum {string}
             */
            overallAdvice: "strongly_recommend" | "recommend" | "doubt" | "not_recommend";
            notes: string | null;
            submittedAt: string;
        };
        EvaluationList: {
            items: components["schemas"]["Evaluation"][];
            nextCursor: string | null;
            /** @description False for a committee member who has not submitted their own scorecard for this interview: they see only their own until they do */
            othersVisible: boolean;
        };
        EvaluationSummary: {
            /** Format: uuid */
            procedureId: string;
            /** @description The procedure's profile, in order */
            criteria: {
                key: string;
                name: string;
            }[];
            items: {
                /** Format: uuid */
                applicationId: string;
                candidate: {
                    /** Format: uuid */
                    id: string;
                    firstName: string | null;
                    lastName: string | null;
                };
                stage: string;
                /** @description Committee interviews held or planned, not cancelled */
                interviews: number;
                scorecards: number;
                criteria: {
                    key: string;
                    /** @description Exact average with two decimals, rounded half up ("4.33"); null without scores */
                    average: string | null;
                    count: number;
                }[];
                /** @description Average over every rating of every scorecard */
                overallAverage: string | null;
                /** @description How many scorecards gave each overall advice */
                advice: {
                    [key: string]: number;
                };
            }[];
        };
        /**
         * @example {
         *       "id": "1042",
         *       "type": "procedure.phase_changed",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "entityType": "procedure",
         *       "entityId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "payload": {
         *         "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *         "from": "draft",
         *         "to": "open"
         *       },
         *       "userId": "3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b",
         *       "createdAt": "2025-12-19T09:00:00.000Z"
         *     }
         */
        Event: {
            /** @description Unique and stable; receivers de-duplicate on it */
            id: string;
            /** @description One of the event types webhooks subscribe to (the enum of eventTypes of POST /v1/webhooks) */
            type: string;
            /** Format: uuid */
            procedureId: string | null;
            entityType: string;
            entityId: string;
            payload: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description The agency's person who made the change (a person's own key, or On-Behalf-Of); null when a key acted for no one or the service did
             */
            userId: string | null;
            createdAt: string;
        };
        EventFeed: {
            items: components["schemas"]["Event"][];
            /** @description Pass as `after` to continue. Present whenever items were returned; on an empty page it repeats `after` (null when there was none), so a poller keeps its place. */
            nextCursor: string | null;
        };
        ExportedConsent: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            applicationId: string | null;
            /** @enum {string} */
            kind: "retention" | "reference_check";
            scope: string;
            givenAt: string;
            /** @description The API key that recorded it */
            recordedBy: string;
            expiresAt: string | null;
            withdrawnAt: string | null;
            /** @description Given, not withdrawn and not expired */
            inForce: boolean;
            createdAt: string;
        };
        /**
         * @example {
         *       "justification": "Seven strong candidates; the committee asked to see all of them."
         *     }
         */
        GateClose: {
            /** @description Needed when the stage holds fewer or more candidates than its bounds ("about 4 to 6"): at least 20 characters saying why. Kept with the stage and in the audit trail. */
            justification?: string;
        };
        HeadhuntedNotice: {
            /** Format: uuid */
            candidateId: string;
            /** @description When the agency recorded the candidate */
            recordedAt: string;
            /** @description One calendar month later (Europe/Amsterdam): the latest moment to tell them */
            noticeDueAt: string;
            informedAt: string;
            /** @description Told at or after noticeDueAt */
            late: boolean;
        };
        HeadhuntedNoticeSent: {
            /**
             * Format: date-time
             * @description When the candidate was told that the agency holds their data; defaults to now, not in the future
             */
            informedAt?: string;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @example {
         *       "id": "3a1d6c7e-2b4f-4e8a-9c0d-1e2f3a4b5c6d",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "candidateId": null,
         *       "channel": "email",
         *       "fromName": "J. de Vries",
         *       "fromEmail": "j.devries@example.nl",
         *       "subject": "Vraag over de standplaats",
         *       "timeZone": "Europe/Amsterdam",
         *       "receivedAt": "2025-12-24T15:00:00.000Z",
         *       "dueAt": "2025-12-29T23:00:00.000Z",
         *       "answeredAt": null,
         *       "state": "open",
         *       "createdAt": "2025-12-24T15:00:00.000Z",
         *       "updatedAt": "2025-12-24T15:00:00.000Z"
         *     }
         */
        Inquiry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string | null;
            /** Format: uuid */
            candidateId: string | null;
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "other";
            /** @description Personal data; null for scheduler keys */
            fromName: string | null;
            /** @description Personal data; null for scheduler keys */
            fromEmail: string | null;
            subject: string | null;
            /** @description The procedure's time zone (Europe/Amsterdam without a procedure), in which working days are counted */
            timeZone: string;
            receivedAt: string;
            /** @description The answer is due before this instant: the end of the first Dutch working day after the day of receipt (docs/procedure.md, rule 8) */
            dueAt: string;
            answeredAt: string | null;
            /**
             * @description open: unanswered, not yet due; overdue: unanswered and past due; answered: answered before dueAt; answered_late: answered at or after dueAt
             * @enum {string}
             */
            state: "open" | "answered" | "overdue" | "answered_late";
            createdAt: string;
            updatedAt: string;
        };
        InquiryAnswer: {
            /**
             * Format: date-time
             * @description When the question was answered; defaults to now, not before receivedAt nor in the future
             */
            answeredAt?: string;
        };
        /** @description A page of Inquiry items, oldest change first. */
        InquiryPage: {
            items: components["schemas"]["Inquiry"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "applicationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "candidate": {
         *         "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
         *         "firstName": "Zoë",
         *         "lastName": "van der Berg"
         *       },
         *       "kind": "committee",
         *       "status": "scheduled",
         *       "startsAt": "2026-01-20T09:00:00.000Z",
         *       "endsAt": "2026-01-20T10:00:00.000Z",
         *       "durationMinutes": 60,
         *       "timeZone": "Europe/Amsterdam",
         *       "location": "den_haag",
         *       "locationDetail": "IPO, Herengracht 23, room 4",
         *       "panel": [
         *         {
         *           "memberId": "3c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
         *           "name": "Anna de Boer",
         *           "role": "chair"
         *         }
         *       ],
         *       "history": [],
         *       "version": 1,
         *       "createdAt": "2026-01-16T14:00:00.000Z",
         *       "updatedAt": "2026-01-16T14:00:00.000Z"
         *     }
         */
        Interview: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            /** Format: uuid */
            applicationId: string;
            candidate: {
                /** Format: uuid */
                id: string;
                firstName: string | null;
                lastName: string | null;
            };
            /**
             * @description committee: the selection committee's interview round; agency_screening: the agency's own interview in the preselection window
             * @enum {string}
             */
            kind: "committee" | "agency_screening";
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description In UTC; show it in the procedure's timeZone */
            startsAt: string;
            endsAt: string;
            durationMinutes: number;
            timeZone: string;
            /**
             * @description den_haag, utrecht, online or other (other needs a locationDetail)
             * @enum {string}
             */
            location: "den_haag" | "utrecht" | "online" | "other";
            locationDetail: string | null;
            panel: {
                /** Format: uuid */
                memberId: string;
                name: string;
                role: string;
            }[];
            /** @description Earlier schedules, oldest first: each reschedule and the cancellation append the state before them */
            history: {
                /** @enum {string} */
                change: "rescheduled" | "cancelled";
                /** @description The start before this change */
                startsAt: string;
                endsAt: string;
                /**
                 * @description den_haag, utrecht, online or other (other needs a locationDetail)
                 * @enum {string}
                 */
                location: "den_haag" | "utrecht" | "online" | "other";
                locationDetail: string | null;
                panel: string[];
                changedAt: string;
                /** @description The API key that made the change */
                actor: string;
                reason: string | null;
            }[];
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        InterviewChanges: {
            /** Format: date-time */
            startsAt?: string;
            durationMinutes?: number;
            /**
             * @description den_haag, utrecht, online or other (other needs a locationDetail)
             * @enum {string}
             */
            location?: "den_haag" | "utrecht" | "online" | "other";
            locationDetail?: string | null;
            /** @description Committee members of the procedure who sit on the panel; a committee interview needs at least one */
            panel?: string[];
            /** @description Why the interview moves; kept in its history and the audit trail */
            reason?: string;
        };
        /** @description A page of Interview items, oldest change first. */
        InterviewPage: {
            items: components["schemas"]["Interview"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        NewApiKey: {
            name: string;
            /**
             * @description Required unless userId is given; a person's key takes the person's role
             * @enum {string}
             */
            role?: "admin" | "consultant" | "committee" | "scheduler";
            /**
             * Format: uuid
             * @description A key of this person of the agency: it acts in their role, writes are attributed to them, and it stops working when they are deactivated
             */
            userId?: string | null;
            /** @description An integration key (admin or consultant, of no person) that may send On-Behalf-Of to act as one of the agency's people */
            actOnBehalf?: boolean;
            /** Format: uuid */
            procedureId?: string | null;
            /** Format: date-time */
            expiresAt?: string | null;
        };
        /**
         * @example {
         *       "candidateId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "source": "agency_search"
         *     }
         */
        NewApplication: {
            /**
             * Format: uuid
             * @description An existing candidate.
             */
            candidateId?: string;
            /** @description A new candidate, registered with the application. */
            candidate?: components["schemas"]["NewCandidate"];
            /** @description How this application came in; defaults to the candidate's source. */
            source?: components["schemas"]["CandidateSource"];
            /** @description The agency's short motivation for (not) putting the candidate forward. */
            agencyMotivation?: string;
        };
        NewAppointment: {
            /**
             * Format: uuid
             * @description The nominee; defaults to the nominee of the procedure
             */
            applicationId?: string;
            /**
             * Format: date
             * @description Date of the supervisory board's decision; strictly before the appointment deadline and not in the future
             * @example 2026-01-06
             */
            decisionDate: string;
            /** @description Reference of the decision, e.g. "RvT-2026-004" */
            decisionReference: string;
        };
        /**
         * @example {
         *       "firstName": "Zoë",
         *       "lastName": "van der Berg-Ćosić",
         *       "email": "zoe.vanderberg@example.nl",
         *       "phone": "+31 6 12345678",
         *       "city": "Utrecht",
         *       "currentPosition": "Directeur Bedrijfsvoering",
         *       "currentOrganisation": "Provincie Utrecht",
         *       "linkedinUrl": "https://www.linkedin.com/in/zoe-van-der-berg",
         *       "source": "open_call"
         *     }
         */
        NewCandidate: {
            firstName: string;
            lastName: string;
            /** Format: email */
            email?: string | null;
            /** @example +31 6 12345678 */
            phone?: string | null;
            city?: string | null;
            currentPosition?: string | null;
            currentOrganisation?: string | null;
            /** Format: uri */
            linkedinUrl?: string | null;
            source: components["schemas"]["CandidateSource"];
            /** @description The agency's own notes about the candidate. */
            notes?: string | null;
        };
        /**
         * @example {
         *       "name": "Interprovinciaal Overleg (IPO)",
         *       "description": "Association of the twelve Dutch provinces; BIJ12 is its implementing organisation.",
         *       "website": "https://www.ipo.nl"
         *     }
         */
        NewClient: {
            name: string;
            description?: string | null;
            /** Format: uri */
            website?: string | null;
        };
        /** @description Optional: send no body for a key that does not expire */
        NewCommitteeApiKey: {
            /**
             * Format: date-time
             * @description When the key stops working; never when absent
             */
            expiresAt?: string | null;
        } | null;
        NewCommitteeMember: {
            name: string;
            /** Format: email */
            email?: string | null;
            /**
             * @description chair, member or adviser (e.g. the chair of the board as adviser)
             * @enum {string}
             */
            role: "chair" | "member" | "adviser";
        };
        NewConsent: {
            /**
             * @description retention: keeping the data for future procedures (talent pool); reference_check: asking referees
             * @enum {string}
             */
            kind: "retention" | "reference_check";
            /** @description What the candidate agreed to, e.g. "kept for director positions in the provincial sector" */
            scope: string;
            /**
             * Format: date-time
             * @description When the candidate gave consent; defaults to now and may not lie in the future
             */
            givenAt?: string;
            /**
             * Format: date-time
             * @description When it ends. A retention consent lasts at most one year from givenAt, which is also its default; a reference-check consent has none by default
             */
            expiresAt?: string;
            /**
             * Format: uuid
             * @description For a reference check: the application (the procedure) it was given for; required for that kind
             */
            applicationId?: string;
        };
        NewDataSubjectRequest: {
            /**
             * Format: uuid
             * @description The person, when the agency knows them; null for someone it holds nothing on
             */
            candidateId?: string | null;
            /** @enum {string} */
            kind: "access" | "erasure";
            /**
             * Format: date-time
             * @description When the request arrived (by mail, letter, phone); defaults to now, not in the future
             */
            receivedAt?: string;
        };
        NewEvaluation: {
            /**
             * Format: uuid
             * @description The panel member whose scorecard this is. A committee key submits its own (and may leave this out); an agency key submits on behalf of a member and must give it.
             */
            memberId?: string;
            /** @description One rating per criterion of the procedure's profile, keyed by the criterion's key; every criterion and nothing else */
            ratings: {
                [key: string]: {
                    /** @description 1 (poor) to 5 (excellent) */
                    score: number;
                    notes?: string | null;
                };
            };
            /**
             * @description strongly_recommend, recommend, doubt or not_recommend
             * @enum {string}
             */
            overallAdvice: "strongly_recommend" | "recommend" | "doubt" | "not_recommend";
            notes?: string | null;
        };
        NewInquiry: {
            /**
             * Format: uuid
             * @description The procedure the question is about; absent for a general question
             */
            procedureId?: string | null;
            /**
             * Format: uuid
             * @description The candidate who asked, when known
             */
            candidateId?: string | null;
            /** @enum {string} */
            channel: "email" | "phone" | "web" | "other";
            fromName?: string | null;
            /** Format: email */
            fromEmail?: string | null;
            subject: string;
            /**
             * Format: date-time
             * @description When the question came in; defaults to now and may not lie in the future
             */
            receivedAt?: string;
        };
        NewInterview: {
            /** Format: uuid */
            applicationId: string;
            /**
             * @description committee: the selection committee's interview round; agency_screening: the agency's own interview in the preselection window
             * @enum {string}
             */
            kind: "committee" | "agency_screening";
            /** Format: date-time */
            startsAt: string;
            durationMinutes: number;
            /**
             * @description den_haag, utrecht, online or other (other needs a locationDetail)
             * @enum {string}
             */
            location: "den_haag" | "utrecht" | "online" | "other";
            /** @description Room, address or video link */
            locationDetail?: string | null;
            /**
             * @description Committee members of the procedure who sit on the panel; a committee interview needs at least one
             * @default []
             */
            panel: string[];
        };
        /**
         * @example {
         *       "text": "Called back on 12 January: available from 1 April.",
         *       "shared": false
         *     }
         */
        NewNote: {
            /** @description The note: personal data of the candidate (in their access export, erased with them, never in the audit trail) */
            text: string;
            /**
             * @description Shared with the committee of the procedure (only once the candidate overview was sent); false keeps the note internal to the agency
             * @default false
             */
            shared: boolean;
        };
        /**
         * @example {
         *       "clientId": "0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e",
         *       "title": "Plaatsvervangend Algemeen Directeur IPO, tevens Directeur BIJ12",
         *       "reference": "IPO-BIJ12-2025",
         *       "timeZone": "Europe/Amsterdam",
         *       "hoursPerWeek": 36,
         *       "permanent": true,
         *       "locations": [
         *         "Den Haag",
         *         "Utrecht"
         *       ],
         *       "salary": {
         *         "scale": "17",
         *         "ikbPercentage": "21.82",
         *         "bounds": [
         *           {
         *             "validFrom": "2025-01-01",
         *             "minMonthly": "7943.51",
         *             "maxMonthly": "11273.01"
         *           },
         *           {
         *             "validFrom": "2026-01-01",
         *             "minMonthly": "8062.66",
         *             "maxMonthly": "11442.11"
         *           }
         *         ]
         *       },
         *       "profile": [
         *         {
         *           "key": "academic",
         *           "name": "Academic level of work and thinking"
         *         },
         *         {
         *           "key": "leadership-execution",
         *           "name": "Leading execution organisations strategically and in business operations in a political-administrative environment"
         *         },
         *         {
         *           "key": "change",
         *           "name": "Experience with complex organisational questions and change"
         *         },
         *         {
         *           "key": "processes",
         *           "name": "Experience improving business processes"
         *         },
         *         {
         *           "key": "leadership-style",
         *           "name": "Strategic, decisive and connecting leadership"
         *         }
         *       ],
         *       "stageBounds": {
         *         "preselection": {
         *           "min": 4,
         *           "max": 6
         *         },
         *         "shortlist": {
         *           "min": 3,
         *           "max": 4
         *         },
         *         "nomination": {
         *           "max": 1
         *         }
         *       }
         *     }
         */
        NewProcedure: {
            /** Format: uuid */
            clientId: string;
            title: string;
            reference?: string | null;
            timeZone?: string;
            hoursPerWeek: number;
            permanent?: boolean;
            locations?: string[];
            salary?: {
                scale: string;
                /** @example 21.82 */
                ikbPercentage?: string | null;
                bounds: {
                    /**
                     * Format: date
                     * @example 2026-01-06
                     */
                    validFrom: string;
                    /** @example 7943.51 */
                    minMonthly: string;
                    /** @example 7943.51 */
                    maxMonthly: string;
                }[];
            } | null;
            profile?: {
                key: string;
                name: string;
                description?: string | null;
            }[];
            stageBounds?: {
                preselection?: {
                    min: number;
                    max: number;
                };
                shortlist?: {
                    min: number;
                    max: number;
                };
                nomination?: {
                    /** @constant */
                    max: 1;
                };
            };
        };
        NewReferenceCheck: {
            refereeName: string;
            /** @description How the referee knows the candidate, e.g. "former manager at Provincie Utrecht" */
            relation: string;
            /** @description Telephone number or e-mail address of the referee */
            contact?: string | null;
        };
        /**
         * @example {
         *       "name": "Anna de Vries",
         *       "email": "anna.devries@agency.example",
         *       "role": "consultant"
         *     }
         */
        NewUser: {
            /** @description The person's name (personal data of staff: never in the audit trail, events or logs) */
            name: string;
            /**
             * Format: email
             * @description Their e-mail address; one person per address (compared case-insensitively)
             */
            email: string;
            /**
             * @description What the person may do: admin, or consultant
             * @enum {string}
             */
            role: "admin" | "consultant";
        };
        NewWebhook: {
            /**
             * Format: uri
             * @description Receives a POST for each event; a 2xx answer means delivered
             */
            url: string;
            /** @description The event types to receive, or ['*'] for all */
            eventTypes: ("*" | "application.appointed" | "application.completed" | "application.received" | "application.rejected" | "application.stage_changed" | "application.updated" | "application.withdrawn" | "candidate.created" | "candidate.erased" | "candidate.informed" | "candidate.notice_overdue" | "candidate.updated" | "committee_member.added" | "committee_member.removed" | "consent.recorded" | "consent.withdrawn" | "data_subject_request.answered" | "data_subject_request.received" | "deadline.missed" | "document.uploaded" | "evaluation.submitted" | "inquiry.answered" | "inquiry.overdue" | "inquiry.received" | "interview.cancelled" | "interview.rescheduled" | "interview.scheduled" | "offer.changed" | "procedure.completed" | "procedure.created" | "procedure.intake_closed" | "procedure.overview_sent" | "procedure.phase_changed" | "procedure.shortlist_closed" | "procedure.timeline_changed" | "reference.added" | "reference.completed" | "reference.concerns_resolved")[];
            /** @description `whsec_` and the base64 of 24 to 64 random bytes (Standard Webhooks); generated when absent. Shown only in the answer to this request. */
            secret?: string;
        };
        /**
         * @example {
         *       "id": "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
         *       "applicationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "text": "Called back on 12 January: available from 1 April.",
         *       "shared": false,
         *       "author": "key:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
         *       "authorUserId": "3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b",
         *       "version": 1,
         *       "createdAt": "2026-01-12T09:30:00.000Z",
         *       "updatedAt": "2026-01-12T09:30:00.000Z"
         *     }
         */
        Note: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            procedureId: string;
            text: string;
            shared: boolean;
            /** @description The id of the API key that wrote the note; null for committee keys */
            author: string | null;
            /**
             * Format: uuid
             * @description The person of the agency who wrote the note with the key `author`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one, and for committee keys
             */
            authorUserId: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        NoteChanges: {
            /** @description The note: personal data of the candidate (in their access export, erased with them, never in the audit trail) */
            text?: string;
            /** @description Shared with the committee of the procedure (only once the candidate overview was sent); false keeps the note internal to the agency */
            shared?: boolean;
        };
        /** @description A page of Note items, oldest change first. */
        NotePage: {
            items: components["schemas"]["Note"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c",
         *       "applicationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "salaryScale": "17",
         *       "monthlySalary": "9500.00",
         *       "hoursPerWeek": 36,
         *       "ikbPercentage": "21.82",
         *       "startDate": "2026-03-01",
         *       "state": "made",
         *       "annualSalary": "114000.00",
         *       "ikbBudget": "24874.80",
         *       "bounds": {
         *         "validFrom": "2026-01-01",
         *         "minMonthly": "8062.66",
         *         "maxMonthly": "11442.11"
         *       },
         *       "version": 2,
         *       "createdAt": "2026-01-27T10:00:00.000Z",
         *       "updatedAt": "2026-01-27T16:00:00.000Z"
         *     }
         */
        Offer: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            procedureId: string;
            salaryScale: string;
            monthlySalary: string;
            hoursPerWeek: number;
            ikbPercentage: string;
            startDate: string;
            /**
             * @description draft -> made -> accepted | declined; made and declined can go back to draft to renegotiate; accepted is final
             * @enum {string}
             */
            state: "draft" | "made" | "accepted" | "declined";
            /** @description Twelve times the monthly salary */
            annualSalary: string;
            /** @description The individual choice budget a year: ikbPercentage of the annual salary, rounded half up to the cent */
            ikbBudget: string;
            /** @description The bounds of the scale valid on the start date */
            bounds: {
                validFrom: string;
                minMonthly: string;
                maxMonthly: string;
            } | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        OfferTerms: {
            /** @description Defaults to the procedure's scale; must be that scale */
            salaryScale?: string;
            /**
             * @description Gross monthly salary; must lie within the bounds of the scale valid on the start date
             * @example 7943.51
             */
            monthlySalary: string;
            /** @description Defaults to the procedure's hours */
            hoursPerWeek?: number;
            /**
             * @description Individual choice budget as a percentage of the gross annual salary; defaults to the procedure's
             * @example 21.82
             */
            ikbPercentage?: string;
            /**
             * Format: date
             * @description Intended first working day
             * @example 2026-01-06
             */
            startDate: string;
            /**
             * @description Defaults to the current state (draft for a new offer)
             * @enum {string}
             */
            state?: "draft" | "made" | "accepted" | "declined";
        };
        OverviewItem: {
            /** Format: uuid */
            applicationId: string;
            /** @description In the preselection: as it was sent to the committee once the overview went out, the current one before that. */
            preselected: boolean;
            source: components["schemas"]["CandidateSource"];
            /** @description Both the motivation letter and the CV are there. */
            complete: boolean;
            /** @enum {string} */
            stage: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            receivedAt: string;
            /** @description The agency's short motivation, for the preselected candidates; null for the others. */
            agencyMotivation: string | null;
            candidate: {
                firstName: string | null;
                lastName: string | null;
                city: string | null;
                currentPosition: string | null;
                currentOrganisation: string | null;
                email: string | null;
                phone: string | null;
            };
        };
        /**
         * @description RFC 9457 problem details, with the stable `code` of the rule or check that answered.
         * @example {
         *       "type": "/problems/not-found",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "Client 0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e does not exist.",
         *       "code": "NOT_FOUND",
         *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
         *     }
         */
        Problem: {
            type: string;
            title: string;
            /** @description The HTTP status of this answer. */
            status: number;
            /** @description What went wrong in this request, in a sentence for people. */
            detail: string;
            /** @description The stable code to branch on; each error response lists the codes it can carry. */
            code: string;
            /** @description The path of the request. */
            instance?: string;
            errors?: {
                path: string;
                message: string;
                code?: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *       "clientId": "0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e",
         *       "title": "Plaatsvervangend Algemeen Directeur IPO, tevens Directeur BIJ12",
         *       "reference": "IPO-BIJ12-2025",
         *       "timeZone": "Europe/Amsterdam",
         *       "hoursPerWeek": 36,
         *       "permanent": true,
         *       "locations": [
         *         "Den Haag",
         *         "Utrecht"
         *       ],
         *       "salary": {
         *         "scale": "17",
         *         "ikbPercentage": "21.82",
         *         "bounds": [
         *           {
         *             "validFrom": "2025-01-01",
         *             "minMonthly": "7943.51",
         *             "maxMonthly": "11273.01"
         *           },
         *           {
         *             "validFrom": "2026-01-01",
         *             "minMonthly": "8062.66",
         *             "maxMonthly": "11442.11"
         *           }
         *         ]
         *       },
         *       "profile": [
         *         {
         *           "key": "academic",
         *           "name": "Academic level of work and thinking",
         *           "description": null
         *         },
         *         {
         *           "key": "leadership-execution",
         *           "name": "Leading execution organisations strategically and in business operations in a political-administrative environment",
         *           "description": null
         *         },
         *         {
         *           "key": "change",
         *           "name": "Experience with complex organisational questions and change",
         *           "description": null
         *         },
         *         {
         *           "key": "processes",
         *           "name": "Experience improving business processes",
         *           "description": null
         *         },
         *         {
         *           "key": "leadership-style",
         *           "name": "Strategic, decisive and connecting leadership",
         *           "description": null
         *         }
         *       ],
         *       "stageBounds": {
         *         "preselection": {
         *           "min": 4,
         *           "max": 6
         *         },
         *         "shortlist": {
         *           "min": 3,
         *           "max": 4
         *         },
         *         "nomination": {
         *           "max": 1
         *         }
         *       },
         *       "phase": "draft",
         *       "hasTimeline": false,
         *       "version": 1,
         *       "createdAt": "2025-12-01T09:05:00.000Z",
         *       "updatedAt": "2025-12-01T09:05:00.000Z"
         *     }
         */
        Procedure: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            title: string;
            reference: string | null;
            /** @enum {string} */
            phase: "draft" | "open" | "closed" | "preselection" | "committee_review" | "interviews" | "nomination" | "appointment" | "completed" | "cancelled";
            timeZone: string;
            hoursPerWeek: number;
            permanent: boolean;
            locations: string[];
            salary: {
                scale: string;
                ikbPercentage: string | null;
                bounds: {
                    validFrom: string;
                    minMonthly: string;
                    maxMonthly: string;
                }[];
            } | null;
            profile: {
                key: string;
                name: string;
                description: string | null;
            }[];
            stageBounds: {
                preselection: {
                    min: number;
                    max: number;
                };
                shortlist: {
                    min: number;
                    max: number;
                };
                nomination: {
                    max: number;
                };
            };
            hasTimeline: boolean;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ProcedureChanges: {
            title?: string;
            reference?: string | null;
            timeZone?: string;
            hoursPerWeek?: number;
            permanent?: boolean;
            locations?: string[];
            salary?: {
                scale: string;
                /** @example 21.82 */
                ikbPercentage?: string | null;
                bounds: {
                    /**
                     * Format: date
                     * @example 2026-01-06
                     */
                    validFrom: string;
                    /** @example 7943.51 */
                    minMonthly: string;
                    /** @example 7943.51 */
                    maxMonthly: string;
                }[];
            } | null;
            profile?: {
                key: string;
                name: string;
                description?: string | null;
            }[];
            stageBounds?: {
                preselection?: {
                    min: number;
                    max: number;
                };
                shortlist?: {
                    min: number;
                    max: number;
                };
                nomination?: {
                    /** @constant */
                    max: 1;
                };
            };
            /**
             * @description Open the intake (needs a timeline) or cancel the procedure
             * @enum {string}
             */
            phase?: "open" | "cancelled";
            /** @description Why a running procedure changes: needed (at least 20 characters) once it has opened, for every change but its reference; kept as the reason of the audit entry. */
            justification?: string;
        };
        /** @description A page of Procedure items, oldest change first. */
        ProcedurePage: {
            items: components["schemas"]["Procedure"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description The figures of one procedure. */
        ProcedureReport: {
            /** Format: uuid */
            procedureId: string;
            title: string;
            reference: string | null;
            phase: string;
            client: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            generatedAt: string;
            applicantsBySource: {
                openCall: number;
                agencySearch: number;
                referral: number;
                total: number;
            };
            funnel: {
                /** @enum {string} */
                stage: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed";
                /** @description Applications that were ever in this stage. */
                reached: number;
                /** @description Between 0 and 1, 4 decimals; null over nothing. */
                conversionFromPrevious: number | null;
            }[];
            timeInStage: {
                stage: string;
                /** @description Applications that left this stage (stays still going are not counted). */
                stays: number;
                /** @description Hours, 4 decimals; null over nothing. */
                medianHours: number | null;
                /** @description Hours, 4 decimals; null over nothing. */
                longestHours: number | null;
            }[];
            milestones: {
                /** @enum {string} */
                kind: "application_closing" | "overview_due" | "committee_meeting" | "interview_round_start" | "interview_round_end" | "appointment_deadline" | "inquiry_answer_due" | "headhunted_notice_due" | "retention_erasure_due" | "data_subject_request_due";
                dueAt: string;
                metAt: string | null;
                /** @enum {string} */
                outcome: "on_time" | "late" | "met" | "overdue" | "pending";
                /** @description Hours, 4 decimals; null over nothing. */
                lateByHours: number | null;
            }[];
            /** @description Between 0 and 1, 4 decimals; null over nothing. */
            onTimeShare: number | null;
            openingDate: string | null;
            appointmentDate: string | null;
            daysOpeningToAppointment: number | null;
        };
        ProcedureStages: {
            /** Format: uuid */
            procedureId: string;
            /** @enum {string} */
            phase: "draft" | "open" | "closed" | "preselection" | "committee_review" | "interviews" | "nomination" | "appointment" | "completed" | "cancelled";
            timeZone: string;
            /** @description When the candidate overview was sent to the committee. */
            overviewSentAt: string | null;
            stages: components["schemas"]["Stage"][];
        };
        /**
         * @example {
         *       "status": "ready",
         *       "database": "up",
         *       "sweep": {
         *         "intervalMs": 300000,
         *         "lastRunAt": "2026-01-06T23:00:01.000Z"
         *       }
         *     }
         */
        Readiness: {
            /** @enum {string} */
            status: "ready" | "unavailable";
            /** @enum {string} */
            database: "up" | "down";
            /** @description The built-in deadline sweep of this instance */
            sweep: {
                /** @description SWEEP_INTERVAL_MS of this instance; 0 when its built-in sweep is off */
                intervalMs: number;
                /**
                 * Format: date-time
                 * @description When this instance last finished its scheduled sweep (service clock)
                 */
                lastRunAt: string | null;
            };
        };
        /**
         * @example {
         *       "id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
         *       "applicationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "refereeName": "Mr. K. Hendriks",
         *       "relation": "former manager",
         *       "contact": "+31 30 1234567",
         *       "outcome": "positive",
         *       "notes": "Confirms the leadership of the change programme.",
         *       "completedAt": "2026-01-27T15:00:00.000Z",
         *       "concernsResolvedAt": null,
         *       "resolutionNote": null,
         *       "version": 2,
         *       "createdAt": "2026-01-26T09:00:00.000Z",
         *       "updatedAt": "2026-01-27T15:00:00.000Z"
         *     }
         */
        ReferenceCheck: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            refereeName: string;
            relation: string;
            contact: string | null;
            outcome: ("positive" | "concerns" | "negative") | null;
            notes: string | null;
            completedAt: string | null;
            concernsResolvedAt: string | null;
            resolutionNote: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        ReferenceCheckChanges: {
            refereeName?: string;
            relation?: string;
            contact?: string | null;
            /**
             * @description Completes the check; set once
             * @enum {string}
             */
            outcome?: "positive" | "concerns" | "negative";
            /** @description What the referee said; required with the outcome */
            notes?: string;
            /** @description Marks the concerns (or a negative outcome) resolved, saying how; required before appointment for concerns */
            resolutionNote?: string;
        };
        /** @description A page of ReferenceCheck items, oldest change first. */
        ReferenceCheckPage: {
            items: components["schemas"]["ReferenceCheck"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        ReferenceConsent: {
            /** @description What the candidate agreed to, e.g. "two referees named by the candidate: a former manager and a board member" */
            scope: string;
            /**
             * Format: date-time
             * @description When the candidate gave consent; defaults to now and may not lie in the future
             */
            givenAt?: string;
        };
        /**
         * @example {
         *       "opening": "2025-12-19",
         *       "closing": "2026-01-06",
         *       "preselectionStart": "2026-01-08",
         *       "preselectionEnd": "2026-01-12",
         *       "overviewDue": "2026-01-14",
         *       "committeeMeeting": "2026-01-16",
         *       "interviewRoundStart": "2026-01-19",
         *       "interviewRoundEnd": "2026-01-23",
         *       "appointmentDeadline": "2026-02-01"
         *     }
         */
        SetTimeline: {
            /**
             * Format: date
             * @description The vacancy opens (start of the local day)
             * @example 2026-01-06
             */
            opening: string;
            /**
             * Format: date
             * @description Closing date for applications (until the end of the local day)
             * @example 2026-01-06
             */
            closing: string;
            /**
             * Format: date
             * @example 2026-01-06
             */
            preselectionStart: string;
            /**
             * Format: date
             * @example 2026-01-06
             */
            preselectionEnd: string;
            /**
             * Format: date
             * @description Candidate overview sent to the selection committee (by the end of the day)
             * @example 2026-01-06
             */
            overviewDue: string;
            /**
             * Format: date
             * @example 2026-01-06
             */
            committeeMeeting: string;
            /**
             * Format: date
             * @example 2026-01-06
             */
            interviewRoundStart: string;
            /**
             * Format: date
             * @example 2026-01-06
             */
            interviewRoundEnd: string;
            /**
             * Format: date
             * @description The appointment must be dated strictly before this date
             * @example 2026-01-06
             */
            appointmentDeadline: string;
            additional?: {
                key: string;
                label: string;
                /**
                 * Format: date
                 * @example 2026-01-06
                 */
                date: string;
                /**
                 * Format: date
                 * @example 2026-01-06
                 */
                endDate?: string | null;
            }[];
            /** @description Why a running procedure changes: needed (at least 20 characters) once it has opened, for every change but its reference; kept as the reason of the audit entry. */
            justification?: string;
        };
        Stage: {
            /**
             * @description preselection: the candidates the agency puts forward (the gate sends the candidate overview to the committee); shortlist: those invited to the interview round; nomination: the preferred candidate; references, terms, appointment: the last steps, after nomination.
             * @enum {string}
             */
            name: "preselection" | "shortlist" | "nomination" | "references" | "terms" | "appointment";
            label: string;
            /**
             * @description pending: not yet open by the timeline or the previous gate; open: work in it is allowed; closed: its gate was passed.
             * @enum {string}
             */
            status: "pending" | "open" | "closed";
            /** @description How many candidates the stage holds when its gate closes; null for stages without bounds. */
            bounds: {
                min: number;
                max: number;
            } | null;
            /** @description Applications in the stage now (those that got at least this far and are still in); null for stages that count no candidates. */
            count: number | null;
            /** @description The planned window from the timeline; null without a timeline. */
            window: {
                /** @description Start of the stage's window (the start of a local day in the procedure's time zone), in UTC. */
                startsAt: string;
                /** @description End of the window (exclusive). */
                endsAt: string;
            } | null;
            closedAt: string | null;
            /** @description The API key that closed the gate. */
            closedBy: string | null;
            /**
             * Format: uuid
             * @description The person of the agency who closed the gate with the key `closedBy`: the key's own person, or the one named by On-Behalf-Of; null when the key acted for no one.
             */
            closedByUserId: string | null;
            /** @description The written justification given when the gate closed outside its bounds (or with one anyway). */
            justification: string | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "from": null,
         *           "to": "applied",
         *           "at": "2026-03-02T09:00:00.000Z",
         *           "actor": null,
         *           "userId": null,
         *           "reason": null,
         *           "reasonCategory": null
         *         },
         *         {
         *           "from": "applied",
         *           "to": "preselected",
         *           "at": "2026-03-20T14:12:00.000Z",
         *           "actor": "key:9b2f6c1e-0d3a-4e5b-8c7d-6e5f4a3b2c1d",
         *           "userId": "3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b",
         *           "reason": null,
         *           "reasonCategory": null
         *         }
         *       ]
         *     }
         */
        StageHistory: {
            items: components["schemas"]["StageHistoryItem"][];
        };
        StageHistoryItem: {
            /** @description The stage before the change; null for the intake. */
            from: ("applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn") | null;
            /** @enum {string} */
            to: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            /**
             * Format: date-time
             * @description When the change was made (ISO instant).
             */
            at: string;
            /** @description The API key that made it, `key:<uuid>` (agency keys only; null for an intake that recorded no one). */
            actor?: string | null;
            /**
             * Format: uuid
             * @description The person of the agency who made it: the key's own person, or the one named by On-Behalf-Of (agency keys only; null when the key acted for no one). Their name is read with GET /v1/users/{userId}.
             */
            userId?: string | null;
            /** @description Why (agency keys only). */
            reason?: string | null;
            /** @description The category of a rejection (agency keys only). */
            reasonCategory?: string | null;
        };
        /**
         * @example {
         *       "ranAt": "2026-01-06T23:00:00.000Z",
         *       "intake": {
         *         "closed": 1,
         *         "procedures": [
         *           {
         *             "procedureId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
         *             "closedAt": "2026-01-06T23:00:00.000Z"
         *           }
         *         ]
         *       },
         *       "milestones": {
         *         "missed": 0,
         *         "items": []
         *       },
         *       "inquiries": {
         *         "markedOverdue": 0,
         *         "items": [],
         *         "sendersErased": 0
         *       },
         *       "headhuntedNotices": {
         *         "markedOverdue": 0,
         *         "items": []
         *       },
         *       "retention": {
         *         "erased": 0,
         *         "documentsRemoved": 0,
         *         "candidates": []
         *       },
         *       "webhooks": {
         *         "queued": 3,
         *         "attempted": 3,
         *         "delivered": 3,
         *         "failed": 0,
         *         "retrying": 0
         *       },
         *       "idempotencyKeysPurged": 0,
         *       "unregisteredContentRemoved": 0,
         *       "durationMs": 41
         *     }
         */
        SweepReport: {
            /** @description The service clock at the start of the sweep */
            ranAt: string;
            intake: {
                closed: number;
                procedures: {
                    /** Format: uuid */
                    procedureId: string;
                    closedAt: string;
                }[];
            };
            milestones: {
                missed: number;
                items: {
                    /** Format: uuid */
                    procedureId: string;
                    kind: string;
                    dueAt: string;
                }[];
            };
            inquiries: {
                markedOverdue: number;
                items: {
                    /** Format: uuid */
                    inquiryId: string;
                    /** Format: uuid */
                    procedureId: string | null;
                    dueAt: string;
                }[];
                /** @description Questions that belong to no candidate whose sender's name, address and subject were erased, four weeks after the answer */
                sendersErased: number;
            };
            headhuntedNotices: {
                markedOverdue: number;
                items: {
                    /** Format: uuid */
                    candidateId: string;
                    /** Format: uuid */
                    procedureId: string | null;
                    dueAt: string;
                }[];
            };
            retention: {
                erased: number;
                documentsRemoved: number;
                candidates: {
                    /** Format: uuid */
                    candidateId: string;
                    applications: number;
                    documents: number;
                }[];
            };
            webhooks: {
                queued: number;
                attempted: number;
                delivered: number;
                failed: number;
                retrying: number;
            };
            /** @description Stored Idempotency-Key responses older than 24 hours, deleted */
            idempotencyKeysPurged: number;
            /** @description Stored document content that no document row registered within an hour (its upload never committed), removed */
            unregisteredContentRemoved: number;
            durationMs: number;
        };
        Timeline: {
            /** Format: uuid */
            procedureId: string;
            timeZone: string;
            dates: {
                /**
                 * Format: date
                 * @description The vacancy opens (start of the local day)
                 * @example 2026-01-06
                 */
                opening: string;
                /**
                 * Format: date
                 * @description Closing date for applications (until the end of the local day)
                 * @example 2026-01-06
                 */
                closing: string;
                /**
                 * Format: date
                 * @example 2026-01-06
                 */
                preselectionStart: string;
                /**
                 * Format: date
                 * @example 2026-01-06
                 */
                preselectionEnd: string;
                /**
                 * Format: date
                 * @description Candidate overview sent to the selection committee (by the end of the day)
                 * @example 2026-01-06
                 */
                overviewDue: string;
                /**
                 * Format: date
                 * @example 2026-01-06
                 */
                committeeMeeting: string;
                /**
                 * Format: date
                 * @example 2026-01-06
                 */
                interviewRoundStart: string;
                /**
                 * Format: date
                 * @example 2026-01-06
                 */
                interviewRoundEnd: string;
                /**
                 * Format: date
                 * @description The appointment must be dated strictly before this date
                 * @example 2026-01-06
                 */
                appointmentDeadline: string;
            } | null;
            additional: {
                key: string;
                label: string;
                date: string;
                endDate: string | null;
            }[];
            instants: {
                applicationsOpenAt: string;
                /** @description Exclusive: applications must arrive strictly before this instant */
                applicationsCloseAt: string;
                preselectionStartsAt: string;
                preselectionEndsAt: string;
                overviewDueAt: string;
                committeeMeetingStartsAt: string;
                committeeMeetingEndsAt: string;
                interviewRoundStartsAt: string;
                interviewRoundEndsAt: string;
                /** @description Exclusive: the appointment must be dated before this instant */
                appointmentDeadlineAt: string;
            } | null;
            /** @description The procedure version (its ETag) */
            version: number;
        };
        /**
         * @example {
         *       "to": "rejected",
         *       "reasonCategory": "not_selected_by_agency",
         *       "reason": "Less experience with political-administrative settings."
         *     }
         */
        Transition: {
            /**
             * @description The stage to move to: the next one on applied -> preselected -> shortlisted -> interviewed -> nominated, or rejected or withdrawn; a rejected application back to the stage it was rejected from (reinstatement). appointed only through the appointment decision.
             * @enum {string}
             */
            to: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
            /** @description Why. Needed to reinstate a rejected candidate, and as the written justification (at least 20 characters) when a stage goes past its maximum ("about 4 to 6"). Kept with the stage change and in the audit trail. */
            reason?: string | null;
            /** @description Needed to reject, and only then. */
            reasonCategory?: ("not_selected_by_agency" | "not_selected_by_committee" | "position_filled") | null;
        };
        /**
         * @example {
         *       "id": "3d7c1b9e-5a2f-4e8d-9c6b-1f0a2e3d4c5b",
         *       "name": "Anna de Vries",
         *       "email": "anna.devries@agency.example",
         *       "role": "consultant",
         *       "active": true,
         *       "deactivatedAt": null,
         *       "version": 1,
         *       "createdAt": "2026-01-05T09:00:00.000Z",
         *       "updatedAt": "2026-01-05T09:00:00.000Z"
         *     }
         */
        User: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /**
             * @description What the person may do: admin, or consultant
             * @enum {string}
             */
            role: "admin" | "consultant";
            active: boolean;
            deactivatedAt: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
        };
        UserChanges: {
            /** @description The person's name (personal data of staff: never in the audit trail, events or logs) */
            name?: string;
            /**
             * Format: email
             * @description Their e-mail address; one person per address (compared case-insensitively)
             */
            email?: string;
            /**
             * @description What the person may do: admin, or consultant
             * @enum {string}
             */
            role?: "admin" | "consultant";
            /** @description false deactivates the person: their keys stop working and no key acts on their behalf; true reactivates them */
            active?: boolean;
        };
        /** @description A page of User items, oldest change first. */
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "url": "https://hr.example.nl/hooks/procedure-tracker",
         *       "eventTypes": [
         *         "application.received",
         *         "application.stage_changed"
         *       ],
         *       "active": true,
         *       "previousSecretExpiresAt": null,
         *       "createdAt": "2025-12-19T09:00:00.000Z"
         *     }
         */
        Webhook: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            /** @description During a rotation overlap: until when the previous secret also signs deliveries; null otherwise */
            previousSecretExpiresAt: string | null;
            createdAt: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            webhookId: string;
            eventId: string;
            eventType: string;
            /** Format: uuid */
            procedureId: string | null;
            /**
             * @description pending: not tried yet; retrying: failed, tried again at nextAttemptAt; delivered; failed: gave up after the last attempt
             * @enum {string}
             */
            status: "pending" | "retrying" | "delivered" | "failed";
            attempts: number;
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            lastStatusCode: number | null;
            lastError: string | null;
            deliveredAt: string | null;
            createdAt: string;
        };
        /** @description A page of WebhookDelivery items, oldest change first. */
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A page of Webhook items, oldest change first. */
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
        };
        WebhookSecretRotation: {
            /**
             * @description How long the secret being replaced keeps signing deliveries, next to the new one; 0 ends it at once
             * @default 86400
             */
            overlapSeconds: number;
            /** @description The new secret; generated when absent. Shown only in the answer to this request. */
            secret?: string;
        };
    };
    responses: {
        /** @description The API key's role or scope does not allow this. */
        ForbiddenForRole: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/forbidden-for-role",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "The API key's role or scope does not allow this.",
                 *       "code": "FORBIDDEN_FOR_ROLE",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "FORBIDDEN_FOR_ROLE" | "ON_BEHALF_NOT_ALLOWED" | "ON_BEHALF_ROLE_TOO_HIGH" | "ON_BEHALF_USER_DEACTIVATED" | "ON_BEHALF_USER_UNKNOWN";
                };
            };
        };
        /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
        IdempotencyInProgress: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/idempotency-in-progress",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After).",
                 *       "code": "IDEMPOTENCY_IN_PROGRESS",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "IDEMPOTENCY_IN_PROGRESS";
                };
            };
        };
        /** @description The resource does not exist, or this API key may not see it. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-found",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "The resource does not exist, or this API key may not see it.",
                 *       "code": "NOT_FOUND",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "NOT_FOUND";
                };
            };
        };
        /** @description The API key's role or scope does not allow this. */
        OnBehalfRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/on-behalf-not-allowed",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "The API key's role or scope does not allow this.",
                 *       "code": "ON_BEHALF_NOT_ALLOWED",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "ON_BEHALF_NOT_ALLOWED" | "ON_BEHALF_ROLE_TOO_HIGH" | "ON_BEHALF_USER_DEACTIVATED" | "ON_BEHALF_USER_UNKNOWN";
                };
            };
        };
        /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/idempotency-key-reused",
                 *       "title": "Unprocessable Content",
                 *       "status": 422,
                 *       "detail": "A rule of the procedure refuses the request; `errors[]` names each broken rule.",
                 *       "code": "IDEMPOTENCY_KEY_REUSED",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "IDEMPOTENCY_KEY_REUSED";
                };
            };
        };
        /** @description The request is not valid; `errors[]` names each field and rule. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/bad-request",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "The request is not valid; `errors[]` names each field and rule.",
                 *       "code": "BAD_REQUEST",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "BAD_REQUEST" | "BODY_REQUIRED" | "DUPLICATE_FILE" | "EMPTY_BODY" | "FILE_EXPECTED" | "FORBIDDEN_FIELD_NAME" | "INVALID_CONTENT_LENGTH" | "INVALID_CURSOR" | "INVALID_IDEMPOTENCY_KEY" | "INVALID_ON_BEHALF_OF" | "INVALID_RANGE" | "MALFORMED_FORM" | "MALFORMED_JSON" | "MALFORMED_REQUEST" | "MALFORMED_URL" | "UNEXPECTED_FILE" | "VALIDATION_FAILED";
                };
            };
        };
        /** @description No API key, or one that is unknown, revoked or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/unauthenticated",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "No API key, or one that is unknown, revoked or expired.",
                 *       "code": "UNAUTHENTICATED",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "UNAUTHENTICATED";
                };
            };
        };
        /** @description The API key's role or scope does not allow this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "The API key's role or scope does not allow this.",
                 *       "code": "FORBIDDEN",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "FORBIDDEN" | "FORBIDDEN_FOR_ROLE" | "NOT_ON_PANEL" | "NOT_OWN_SCORECARD" | "ON_BEHALF_NOT_ALLOWED" | "ON_BEHALF_ROLE_TOO_HIGH" | "ON_BEHALF_USER_DEACTIVATED" | "ON_BEHALF_USER_UNKNOWN";
                };
            };
        };
        /** @description None of the media types in `Accept` can be served here. */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-acceptable",
                 *       "title": "Not Acceptable",
                 *       "status": 406,
                 *       "detail": "None of the media types in `Accept` can be served here.",
                 *       "code": "NOT_ACCEPTABLE",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "NOT_ACCEPTABLE";
                };
            };
        };
        /** @description RESPONSE_ERASED: the stored answer to this Idempotency-Key held personal data that was erased since; the request is not carried out again. */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/response-erased",
                 *       "title": "Client Error",
                 *       "status": 410,
                 *       "detail": "RESPONSE_ERASED: the stored answer to this Idempotency-Key held personal data that was erased since; the request is not carried out again.",
                 *       "code": "RESPONSE_ERASED",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "RESPONSE_ERASED";
                };
            };
        };
        /** @description If-Match does not match the current ETag: read the resource again. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/precondition-failed",
                 *       "title": "Precondition Failed",
                 *       "status": 412,
                 *       "detail": "If-Match does not match the current ETag: read the resource again.",
                 *       "code": "PRECONDITION_FAILED",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "PRECONDITION_FAILED";
                };
            };
        };
        /** @description The body, a file or the form is larger than allowed. */
        ContentTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/body-too-large",
                 *       "title": "Content Too Large",
                 *       "status": 413,
                 *       "detail": "The body, a file or the form is larger than allowed.",
                 *       "code": "BODY_TOO_LARGE",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "BODY_TOO_LARGE" | "DOCUMENT_TOO_LARGE" | "FIELD_TOO_LARGE" | "TOO_MANY_FIELDS" | "TOO_MANY_FILES" | "TOO_MANY_PARTS";
                };
            };
        };
        /** @description A path parameter is longer than any id of this API. */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/path-parameter-too-long",
                 *       "title": "URI Too Long",
                 *       "status": 414,
                 *       "detail": "A path parameter is longer than any id of this API.",
                 *       "code": "PATH_PARAMETER_TOO_LONG",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "PATH_PARAMETER_TOO_LONG";
                };
            };
        };
        /** @description This content type is not accepted here. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/not-a-pdf",
                 *       "title": "Unsupported Media Type",
                 *       "status": 415,
                 *       "detail": "This content type is not accepted here.",
                 *       "code": "NOT_A_PDF",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "NOT_A_PDF" | "NOT_MULTIPART" | "UNSUPPORTED_MEDIA_TYPE";
                };
            };
        };
        /** @description This change needs If-Match with the ETag you last read. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/precondition-required",
                 *       "title": "Precondition Required",
                 *       "status": 428,
                 *       "detail": "This change needs If-Match with the ETag you last read.",
                 *       "code": "PRECONDITION_REQUIRED",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "PRECONDITION_REQUIRED";
                };
            };
        };
        /** @description Too many requests for this API key; retry after the given seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/rate-limited",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "Too many requests for this API key; retry after the given seconds.",
                 *       "code": "RATE_LIMITED",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "RATE_LIMITED";
                };
            };
        };
        /** @description The database cannot be reached right now, or the service sheds load (OVERLOADED); retry after the given seconds. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "/problems/database-unavailable",
                 *       "title": "Service Unavailable",
                 *       "status": 503,
                 *       "detail": "The database cannot be reached right now, or the service sheds load (OVERLOADED); retry after the given seconds.",
                 *       "code": "DATABASE_UNAVAILABLE",
                 *       "instance": "/v1/clients/0b8f3c2e-6c1d-4a57-9d7e-3f2a1b0c9d8e"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {unknown} */
                    code?: "DATABASE_UNAVAILABLE" | "OVERLOADED";
                };
            };
        };
        /** @description HEADERS_TOO_LARGE: the request line and headers together are larger than the server accepts. */
        HeadersTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        ApplicationId: string;
        CandidateId: string;
        ClientId: string;
        Cursor: string;
        /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
        IdempotencyKey: string;
        /** @description The ETag you last read (`"3"`), or `*`: the change is refused with 412 when the resource changed since. */
        IfMatchOptional: string;
        /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
        IfMatchRequired: string;
        /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
        IfNoneMatch: string;
        InquiryId: string;
        InterviewId: string;
        /** @description motivation: the motivation letter; cv: the curriculum vitae. Each is one PDF. */
        Kind: "motivation" | "cv";
        MemberId: string;
        NoteId: string;
        /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
        OnBehalfOf: string;
        ProcedureId: string;
        ReferenceId: string;
        Source: components["schemas"]["CandidateSource"];
        UpdatedSince: string;
        UserId: string;
        WebhookId: string;
    };
    requestBodies: never;
    headers: {
        /** @description The version of the resource, for If-Match on the next change. */
        ETag: string;
        /** @description Present (`true`) when this is the stored answer to an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
        /** @description The path of the created resource. */
        Location: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the health. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            400: components["responses"]["BadRequest"];
            431: components["responses"]["HeadersTooLarge"];
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the readiness. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            431: components["responses"]["HeadersTooLarge"];
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                role?: "admin" | "consultant" | "committee" | "scheduler";
                /** @description Only the keys of this person of the agency */
                userId?: string;
                includeRevoked?: "true" | "false";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the api key page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewApiKey"];
            };
        };
        responses: {
            /** @description Created: the new created api key. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "COMMITTEE_KEY_NEEDS_PROCEDURE" | "EXPIRY_IN_PAST" | "IDEMPOTENCY_KEY_REUSED" | "ON_BEHALF_ONLY_FOR_AGENCY_KEYS" | "PROCEDURE_NOT_FOUND" | "SCOPE_ONLY_FOR_COMMITTEE" | "USER_DEACTIVATED" | "USER_KEY_ROLE_MISMATCH" | "USER_NOT_FOUND";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Caller"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OnBehalfRefused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                updatedSince?: components["parameters"]["UpdatedSince"];
                /** @description What the person may do: admin, or consultant */
                role?: "admin" | "consultant";
                /** @description true lists deactivated people too */
                includeDeactivated?: "true" | "false";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the user page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewUser"];
            };
        };
        responses: {
            /** @description Created: the new user. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_IN_PROGRESS" | "USER_EMAIL_EXISTS";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChanges"];
            };
        };
        responses: {
            /** @description OK: the user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "USER_EMAIL_EXISTS";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                updatedSince?: components["parameters"]["UpdatedSince"];
                q?: string;
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the client page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewClient"];
            };
        };
        responses: {
            /** @description Created: the new client. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the client. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateClient: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                clientId: components["parameters"]["ClientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientChanges"];
            };
        };
        responses: {
            /** @description OK: the client. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProcedures: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                updatedSince?: components["parameters"]["UpdatedSince"];
                clientId?: string;
                phase?: "draft" | "open" | "closed" | "preselection" | "committee_review" | "interviews" | "nomination" | "appointment" | "completed" | "cancelled";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the procedure page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedurePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OnBehalfRefused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProcedure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewProcedure"];
            };
        };
        responses: {
            /** @description Created: the new procedure. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Procedure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CLIENT_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProcedure: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the procedure. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Procedure"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OnBehalfRefused"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProcedure: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcedureChanges"];
            };
        };
        responses: {
            /** @description OK: the procedure. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Procedure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "FIELD_FROZEN" | "PHASE_TRANSITION_NOT_ALLOWED" | "PROCEDURE_FINISHED" | "SALARY_EXCLUDES_ACCEPTED_OFFER" | "STAGE_MAX_BELOW_COUNT" | "TIMELINE_REQUIRED";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "JUSTIFICATION_REQUIRED";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTimeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the timeline. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OnBehalfRefused"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putTimeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`), or `*`: the change is refused with 412 when the resource changed since. */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTimeline"];
            };
        };
        responses: {
            /** @description OK: the timeline. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CLOSING_BEFORE_ACCEPTED_APPLICATIONS" | "FIELD_FROZEN" | "INTERVIEWS_OUTSIDE_ROUND" | "MILESTONE_PASSED" | "OPENING_AFTER_ACCEPTED_APPLICATIONS" | "PROCEDURE_FINISHED";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "JUSTIFICATION_REQUIRED" | "TIMELINE_INVALID" | "TIMELINE_ORDER";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCandidates: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                updatedSince?: components["parameters"]["UpdatedSince"];
                /** @description Words that must each occur in the first name, last name or e-mail address (case-insensitive). */
                q?: string;
                source?: components["parameters"]["Source"];
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the candidate page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCandidate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCandidate"];
            };
        };
        responses: {
            /** @description Created: the new candidate. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_EXISTS" | "IDEMPOTENCY_IN_PROGRESS";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchCandidates: {
        parameters: {
            query: {
                /** @description A name or part of one (agency keys: or an e-mail address). Accents, letter case and small spelling differences do not matter: "pieter jansen" finds "Piëter Janssen". */
                q: string;
                /** @description How many of the best matches to return. */
                limit?: number;
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the candidate search result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateSearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCandidate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the candidate. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    eraseCandidate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the erasure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erasure"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPOINTED_CANDIDATE_EXEMPT" | "CANDIDATE_ALREADY_ERASED" | "NOMINEE_CANNOT_BE_ERASED";
                    };
                };
            };
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCandidate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CandidateChanges"];
            };
        };
        responses: {
            /** @description OK: the candidate. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Candidate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_ERASED" | "CANDIDATE_EXISTS";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "EMAIL_REQUIRED";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApplications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                updatedSince?: components["parameters"]["UpdatedSince"];
                stage?: "applied" | "preselected" | "shortlisted" | "interviewed" | "nominated" | "appointed" | "rejected" | "withdrawn";
                source?: components["parameters"]["Source"];
                /** @description true: both PDFs are there; false: at least one is missing. */
                complete?: "true" | "false";
                /** @description The order: `name` (the candidate's last name, then first name; erased candidates last), `receivedAt`, or `stage` (the funnel order, then `receivedAt`); a leading `-` reverses it. Without it, the order in which applications were created. A cursor continues only the sort it was issued for (otherwise 400 `INVALID_CURSOR`). */
                sort?: "name" | "-name" | "receivedAt" | "-receivedAt" | "stage" | "-stage";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the application summary page, or for a committee key the committee application summary page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSummaryPage"] | components["schemas"]["CommitteeApplicationSummaryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewApplication"];
                "multipart/form-data": {
                    /**
                     * Format: uuid
                     * @description An existing candidate; then leave out the candidate fields.
                     */
                    candidateId?: string;
                    firstName?: string;
                    lastName?: string;
                    email?: string;
                    phone?: string;
                    city?: string;
                    currentPosition?: string;
                    currentOrganisation?: string;
                    linkedinUrl?: string;
                    notes?: string;
                    source?: components["schemas"]["CandidateSource"];
                    agencyMotivation?: string;
                    /**
                     * Format: binary
                     * @description The motivation letter, one PDF.
                     */
                    motivation: string;
                    /**
                     * Format: binary
                     * @description The curriculum vitae, one PDF.
                     */
                    cv: string;
                };
            };
        };
        responses: {
            /** @description Created: the new application. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_ERASED" | "CANDIDATE_EXISTS" | "DUPLICATE_APPLICATION" | "IDEMPOTENCY_IN_PROGRESS" | "PROCEDURE_NOT_ACCEPTING" | "TIMELINE_REQUIRED" | "UPLOAD_EXPIRED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_NOT_FOUND" | "EMPTY_DOCUMENT" | "IDEMPOTENCY_KEY_REUSED" | "OUTSIDE_APPLICATION_WINDOW" | "PDF_DAMAGED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the application, or for a committee key the committee application, or for a committee key the committee application summary. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"] | components["schemas"]["CommitteeApplication"] | components["schemas"]["CommitteeApplicationSummary"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationChanges"];
            };
        };
        responses: {
            /** @description OK: the application. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_ERASED" | "FIELD_FROZEN" | "PROCEDURE_FINISHED";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "JUSTIFICATION_REQUIRED" | "OUTSIDE_APPLICATION_WINDOW";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplicationDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
                /** @description motivation: the motivation letter; cv: the curriculum vitae. Each is one PDF. */
                kind: components["parameters"]["Kind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, with Content-Disposition: attachment and the cleaned original file name. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            /** @description The resource does not exist, or this API key may not see it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "DOCUMENT_NOT_FOUND" | "NOT_FOUND";
                    };
                };
            };
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putApplicationDocument: {
        parameters: {
            query?: {
                /** @description The original file name, kept (cleaned) as metadata, for a raw PDF body; a multipart file brings its own. */
                fileName?: string;
            };
            header?: {
                /** @description The ETag you last read (`"3"`), or `*`: the change is refused with 412 when the resource changed since. */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
                /** @description motivation: the motivation letter; cv: the curriculum vitae. Each is one PDF. */
                kind: components["parameters"]["Kind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK: the application. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Created: the new application. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_ERASED" | "PROCEDURE_FINISHED" | "UPLOAD_EXPIRED";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "EMPTY_DOCUMENT" | "PDF_DAMAGED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNotes: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the note page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewNote"];
            };
        };
        responses: {
            /** @description Created: the new note. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_ERASED" | "IDEMPOTENCY_IN_PROGRESS" | "NOTE_SHARING_TOO_EARLY";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the note. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateNote: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                noteId: components["parameters"]["NoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteChanges"];
            };
        };
        responses: {
            /** @description OK: the note. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_ERASED" | "NOTE_SHARING_TOO_EARLY";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCommitteeMembers: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                /** @description Also list members who left the committee (agency keys only) */
                includeRemoved?: "true" | "false";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the committee member page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeMemberPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addCommitteeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCommitteeMember"];
            };
        };
        responses: {
            /** @description Created: the new committee member. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteeMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "COMMITTEE_CHAIR_EXISTS" | "COMMITTEE_MEMBER_EXISTS" | "IDEMPOTENCY_IN_PROGRESS" | "PROCEDURE_FINISHED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeCommitteeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    issueCommitteeKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCommitteeApiKey"];
            };
        };
        responses: {
            /** @description Created: the new created api key. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "COMMITTEE_MEMBER_REMOVED" | "IDEMPOTENCY_IN_PROGRESS" | "PROCEDURE_FINISHED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "EXPIRY_IN_PAST" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                /** @description e.g. `committee_member.added` */
                action?: string;
                /** @description e.g. `application`, `committee_member` */
                entityType?: string;
                entityId?: string;
                /** @description `key:<uuid>` of an API key, or `env:ADMIN_API_KEY` */
                actor?: string;
                /** @description Only the changes made by (or on behalf of) this person of the agency */
                userId?: string;
                /** @description Entries at or after this instant */
                since?: string;
                /** @description Entries strictly before this instant */
                until?: string;
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the audit entry page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInquiries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                updatedSince?: components["parameters"]["UpdatedSince"];
                procedureId?: string;
                /** @description true: answered (in time or late); false: not yet answered */
                answered?: "true" | "false";
                /** @description true: unanswered and past due (state overdue); false: all others */
                overdue?: "true" | "false";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the inquiry page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewInquiry"];
            };
        };
        responses: {
            /** @description Created: the new inquiry. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inquiry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED" | "PROCEDURE_NOT_FOUND" | "RECEIVED_IN_FUTURE";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                inquiryId: components["parameters"]["InquiryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the inquiry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inquiry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    answerInquiry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                inquiryId: components["parameters"]["InquiryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryAnswer"];
            };
        };
        responses: {
            /** @description OK: the inquiry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inquiry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INQUIRY_ALREADY_ANSWERED";
                    };
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "ANSWERED_BEFORE_RECEIVED" | "ANSWERED_IN_FUTURE";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page; absent to start at the oldest event. */
                after?: string;
                limit?: number;
                /** @description Comma-separated event types, e.g. `application.received,application.stage_changed` */
                types?: string;
                procedureId?: string;
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the event feed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the webhook page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhook"];
            };
        };
        responses: {
            /** @description Created: the new created webhook. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED" | "WEBHOOK_EVENT_TYPES" | "WEBHOOK_URL_REFUSED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            /** @description The database cannot be reached right now, or the service sheds load (OVERLOADED); retry after the given seconds. DNS_UNAVAILABLE: a host name in the request could not be looked up right now (a temporary DNS failure). */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "DATABASE_UNAVAILABLE" | "DNS_UNAVAILABLE" | "OVERLOADED";
                    };
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSecretRotation"];
            };
        };
        responses: {
            /** @description OK: the created webhook. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                status?: "pending" | "retrying" | "delivered" | "failed";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                webhookId: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the webhook delivery page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProcedureCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar document (RFC 5545) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OnBehalfRefused"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDeadlines: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                /** @description Only the obligations of this procedure */
                procedureId?: string;
                /** @description Comma-separated kinds: application_closing, overview_due, committee_meeting, interview_round_start, interview_round_end, appointment_deadline, inquiry_answer_due, headhunted_notice_due, retention_erasure_due, data_subject_request_due */
                kind?: string;
                /** @description Comma-separated states: upcoming, due, overdue, met */
                state?: string;
                /** @description Only obligations due at or after this instant */
                from?: string;
                /** @description Only obligations due before this instant */
                to?: string;
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the deadline page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    runDeadlineSweep: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the sweep report. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockAdvance"];
            };
        };
        responses: {
            /** @description OK: the clock advanced. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockAdvanced"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CLOCK_BACKWARDS" | "IDEMPOTENCY_IN_PROGRESS" | "TEST_CLOCK_DISABLED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCandidateConsents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the consent page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recordCandidateConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewConsent"];
            };
        };
        responses: {
            /** @description Created: the new consent. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_ACTIVE" | "CANDIDATE_ERASED" | "CONSENT_EXISTS" | "IDEMPOTENCY_IN_PROGRESS";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_OF_CANDIDATE" | "CONSENT_APPLICATION_NOT_ALLOWED" | "CONSENT_APPLICATION_REQUIRED" | "CONSENT_EXPIRES_BEFORE_GIVEN" | "CONSENT_IN_FUTURE" | "IDEMPOTENCY_KEY_REUSED" | "RETENTION_TOO_LONG";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    withdrawCandidateConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
                consentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentWithdrawal"];
            };
        };
        responses: {
            /** @description OK: the consent. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONSENT_ALREADY_WITHDRAWN" | "IDEMPOTENCY_IN_PROGRESS";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED" | "WITHDRAWN_BEFORE_GIVEN" | "WITHDRAWN_IN_FUTURE";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recordHeadhuntedNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HeadhuntedNoticeSent"];
            };
        };
        responses: {
            /** @description OK: the headhunted notice. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeadhuntedNotice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_ALREADY_INFORMED" | "CANDIDATE_ERASED" | "IDEMPOTENCY_IN_PROGRESS" | "NOTICE_NOT_REQUIRED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED" | "INFORMED_BEFORE_RECORDED" | "INFORMED_IN_FUTURE";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportCandidate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                candidateId: components["parameters"]["CandidateId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the candidate export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateExport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDataSubjectRequests: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                candidateId?: string;
                kind?: "access" | "erasure";
                answered?: "true" | "false";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the data subject request page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDataSubjectRequest"];
            };
        };
        responses: {
            /** @description Created: the new data subject request. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED" | "RECEIVED_IN_FUTURE";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    answerDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DataSubjectRequestAnswer"];
            };
        };
        responses: {
            /** @description OK: the data subject request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "REQUEST_ALREADY_ANSWERED";
                    };
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "ANSWERED_BEFORE_RECEIVED" | "ANSWERED_IN_FUTURE";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the procedure stages, or for a committee key the committee procedure stages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureStages"] | components["schemas"]["CommitteeProcedureStages"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["OnBehalfRefused"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    closeStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
                /** @description preselection: the candidates the agency puts forward (the gate sends the candidate overview to the committee); shortlist: those invited to the interview round; nomination: the preferred candidate; references, terms, appointment: the last steps, after nomination. */
                stage: "preselection" | "shortlist" | "nomination" | "references" | "terms" | "appointment";
            };
            cookie?: never;
        };
        /** @description Optional: send no body when the stage lies within its bounds */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GateClose"] | null;
            };
        };
        responses: {
            /** @description OK: the procedure stages. */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureStages"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "GATE_TOO_EARLY" | "IDEMPOTENCY_IN_PROGRESS" | "JUSTIFICATION_TOO_SHORT" | "PROCEDURE_FINISHED" | "STAGE_ALREADY_CLOSED" | "STAGE_NOT_CLOSABLE" | "STAGE_NOT_OPEN" | "STAGE_QUOTA_EXCEEDED" | "STAGE_QUOTA_NOT_MET" | "TIMELINE_REQUIRED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    transitionApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Transition"];
            };
        };
        responses: {
            /** @description OK: the application. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_FINAL" | "APPLICATION_INCOMPLETE" | "APPOINTMENT_REQUIRED" | "IDEMPOTENCY_IN_PROGRESS" | "JUSTIFICATION_TOO_SHORT" | "NOMINATION_TOO_EARLY" | "NOMINEE_EXISTS" | "NOT_INTERVIEWED" | "PROCEDURE_FINISHED" | "REINSTATE_REASON_REQUIRED" | "REJECTION_REASON_REQUIRED" | "STAGE_CLOSED" | "STAGE_NOT_OPEN" | "STAGE_QUOTA_EXCEEDED" | "TIMELINE_REQUIRED" | "TRANSITION_NOT_ALLOWED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_KEY_REUSED" | "REASON_CATEGORY_UNEXPECTED";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplicationHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the stage history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCandidateOverview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateOverview"] | components["schemas"]["CommitteeCandidateOverview"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInterviews: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
                updatedSince?: components["parameters"]["UpdatedSince"];
                applicationId?: string;
                /** @description committee: the selection committee's interview round; agency_screening: the agency's own interview in the preselection window */
                kind?: "committee" | "agency_screening";
                status?: "scheduled" | "cancelled";
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the interview page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterviewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    scheduleInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewInterview"];
            };
        };
        responses: {
            /** @description Created: the new interview. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_ACTIVE" | "CANDIDATE_DOUBLE_BOOKED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SHORTLISTED" | "PANEL_MEMBER_DOUBLE_BOOKED" | "PROCEDURE_FINISHED" | "TIMELINE_REQUIRED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND" | "IDEMPOTENCY_KEY_REUSED" | "LOCATION_DETAIL_REQUIRED" | "OUTSIDE_INTERVIEW_ROUND" | "OUTSIDE_PRESELECTION_WINDOW" | "PANEL_MEMBER_REMOVED" | "PANEL_MEMBER_REPEATED" | "PANEL_MEMBER_UNKNOWN" | "PANEL_REQUIRED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                interviewId: components["parameters"]["InterviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the interview. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interview"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelInterview: {
        parameters: {
            query?: {
                /** @description Why the interview is cancelled; kept in its history and the audit trail */
                reason?: string;
            };
            header?: {
                /** @description The ETag you last read (`"3"`), or `*`: the change is refused with 412 when the resource changed since. */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                interviewId: components["parameters"]["InterviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "INTERVIEW_ALREADY_STARTED" | "PROCEDURE_FINISHED";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rescheduleInterview: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                interviewId: components["parameters"]["InterviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewChanges"];
            };
        };
        responses: {
            /** @description OK: the interview. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CANDIDATE_DOUBLE_BOOKED" | "INTERVIEW_ALREADY_STARTED" | "INTERVIEW_CANCELLED" | "NOT_SHORTLISTED" | "PANEL_MEMBER_DOUBLE_BOOKED" | "PROCEDURE_FINISHED";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "LOCATION_DETAIL_REQUIRED" | "OUTSIDE_INTERVIEW_ROUND" | "OUTSIDE_PRESELECTION_WINDOW" | "PANEL_MEMBER_REMOVED" | "PANEL_MEMBER_REPEATED" | "PANEL_MEMBER_UNKNOWN" | "PANEL_REQUIRED";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvaluations: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                interviewId: components["parameters"]["InterviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the evaluation list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitEvaluation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                interviewId: components["parameters"]["InterviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEvaluation"];
            };
        };
        responses: {
            /** @description Created: the new evaluation. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "EVALUATION_EXISTS" | "IDEMPOTENCY_IN_PROGRESS" | "INTERVIEW_CANCELLED" | "INTERVIEW_NOT_STARTED" | "PROCEDURE_FINISHED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CRITERIA_MISSING" | "CRITERIA_UNKNOWN" | "IDEMPOTENCY_KEY_REUSED" | "MEMBER_REQUIRED" | "NOT_ON_PANEL";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvaluationSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the evaluation summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReferenceConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the consent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recordReferenceConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferenceConsent"];
            };
        };
        responses: {
            /** @description Created: the new consent. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_ACTIVE" | "CONSENT_EXISTS" | "IDEMPOTENCY_IN_PROGRESS" | "PROCEDURE_FINISHED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONSENT_IN_FUTURE" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    withdrawReferenceConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listReferences: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the reference check page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceCheckPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addReference: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReferenceCheck"];
            };
        };
        responses: {
            /** @description Created: the new reference check. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "IDEMPOTENCY_IN_PROGRESS" | "NOT_NOMINEE" | "PROCEDURE_FINISHED" | "REFERENCE_CONSENT_MISSING";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getReference: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
                referenceId: components["parameters"]["ReferenceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the reference check. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceCheck"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateReference: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag you last read (`"3"`), or `*`. Without it the change is refused with 428; with a stale one, 412. */
                "If-Match": components["parameters"]["IfMatchRequired"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
                referenceId: components["parameters"]["ReferenceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferenceCheckChanges"];
            };
        };
        responses: {
            /** @description OK: the reference check. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "CONCERNS_ALREADY_RESOLVED" | "NOTHING_TO_RESOLVE" | "NOT_NOMINEE" | "PROCEDURE_FINISHED" | "REFERENCE_COMPLETED" | "REFERENCE_CONSENT_MISSING";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOTES_REQUIRED";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
                /** @description ETags you hold (a list, `W/` accepted, or `*`): when one matches the current ETag the answer is 304 without a body. */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the offer. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Not Modified: the ETag in If-None-Match is still current; no body. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you last read (`"3"`), or `*`: the change is refused with 412 when the resource changed since. */
                "If-Match"?: components["parameters"]["IfMatchOptional"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                applicationId: components["parameters"]["ApplicationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferTerms"];
            };
        };
        responses: {
            /** @description OK: the offer. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Created: the new offer. */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NOT_NOMINEE" | "OFFER_EXISTS" | "OFFER_STATE_TRANSITION" | "OFFER_TERMS_LOCKED" | "PROCEDURE_FINISHED";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "NO_SALARY_BOUNDS" | "SALARY_OUT_OF_BOUNDS" | "SALARY_SCALE_MISMATCH" | "START_DATE_IN_PAST";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the appointment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recordAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); the same key with another body gets 422; while the first request runs, 409; when the stored answer held personal data that was erased since, 410. Keys are kept 24 hours per API key. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAppointment"];
            };
        };
        responses: {
            /** @description Created: the new appointment. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            /** @description The current state of the procedure does not allow this (or the Idempotency-Key is still in use; then with Retry-After). */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPOINTMENT_CONDITIONS_NOT_MET" | "APPOINTMENT_EXISTS" | "IDEMPOTENCY_IN_PROGRESS" | "PROCEDURE_FINISHED" | "TIMELINE_REQUIRED";
                    };
                };
            };
            410: components["responses"]["Gone"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "APPLICATION_NOT_FOUND" | "APPOINTMENT_CONDITIONS_NOT_MET" | "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProcedureReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path: {
                procedureId: components["parameters"]["ProcedureId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureReport"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAgencyReport: {
        parameters: {
            query: {
                /** @description First day of the period (Europe/Amsterdam) */
                from: string;
                /** @description Last day of the period, inclusive */
                to: string;
            };
            header?: {
                /** @description The id of the agency's person the request is made as (README, "People and acting on behalf"). Only an admin or consultant key created with `actOnBehalf` may send it (else 403 ON_BEHALF_NOT_ALLOWED); the person must exist (403 ON_BEHALF_USER_UNKNOWN), be active (403 ON_BEHALF_USER_DEACTIVATED) and not have a role above the key's (403 ON_BEHALF_ROLE_TOO_HIGH); a value that is no UUID is 400 INVALID_ON_BEHALF_OF. The request then runs in the person's role, and the audit trail, events and stage history record the person with the key. */
                "On-Behalf-Of"?: components["parameters"]["OnBehalfOf"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyReport"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenForRole"];
            406: components["responses"]["NotAcceptable"];
            /** @description A rule of the procedure refuses the request; `errors[]` names each broken rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {unknown} */
                        code?: "REPORT_PERIOD_TOO_LONG";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeadersTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    receiveEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id; the same on every retry, for de-duplication */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description Standard Webhooks: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the base64-decoded part of the secret after `whsec_`; during a rotation overlap two such signatures, separated by a space */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event id (as in GET /v1/events) */
                    id: string;
                    /**
                     * @example application.stage_changed
                     * @enum {string}
                     */
                    type: "application.appointed" | "application.completed" | "application.received" | "application.rejected" | "application.stage_changed" | "application.updated" | "application.withdrawn" | "candidate.created" | "candidate.erased" | "candidate.informed" | "candidate.notice_overdue" | "candidate.updated" | "committee_member.added" | "committee_member.removed" | "consent.recorded" | "consent.withdrawn" | "data_subject_request.answered" | "data_subject_request.received" | "deadline.missed" | "document.uploaded" | "evaluation.submitted" | "inquiry.answered" | "inquiry.overdue" | "inquiry.received" | "interview.cancelled" | "interview.rescheduled" | "interview.scheduled" | "offer.changed" | "procedure.completed" | "procedure.created" | "procedure.intake_closed" | "procedure.overview_sent" | "procedure.phase_changed" | "procedure.shortlist_closed" | "procedure.timeline_changed" | "reference.added" | "reference.completed" | "reference.concerns_resolved";
                    /** Format: uuid */
                    procedureId?: string | null;
                    /** @example application */
                    entityType: string;
                    entityId: string;
                    payload: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    createdAt: string;
                };
            };
        };
        responses: {
            /** @description Any 2xx answer within 5 seconds counts as delivered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else is retried with backoff, up to 8 attempts */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
