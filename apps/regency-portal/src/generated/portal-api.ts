// Generated from the portal's OpenAPI document (GET /openapi.json) by openapi-typescript.
// Do not edit: run `pnpm generate` after changing a route; `pnpm check-generated` fails when this file is stale.
/* eslint-disable */
export interface paths {
    "/api/agencies/{agencyId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agency's assessments with self-assessed and assessor index */
        get: operations["assessments.list"];
        put?: never;
        /** Open the assessment of a year under a methodology */
        post: operations["assessments.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment: entries, index and breakdown (self and assessor), comparison, indicators holding the score back */
        get: operations["assessments.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an uploaded supporting document */
        get: operations["assessments.evidence-download"];
        put?: never;
        post?: never;
        /** Operator: remove a wrong supporting document while the assessment is a draft; the audit entry keeps the file’s SHA-256 (first 40 hex digits) */
        delete: operations["assessments.evidence-delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment as the @spbe-kit/models interchange record (assessmentSchema), for the CLI or an archive */
        get: operations["assessments.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: upload the filled workbook (or the JSON record) of a draft; checked as `spbe validate assessment` checks it and against this assessment, every problem named by sheet, row, column and indicator; all or nothing, audited with the file's SHA-256 */
        post: operations["assessments.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/assessor-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Asesor: the assessor's value and recommendation for one indicator (submitted only) */
        put: operations["assessments.assessor-review"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: upload a supporting document (bukti dukung); size limit and content-type check */
        post: operations["assessments.evidence-upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Operator: self-assessed value, evidence links and note of one indicator (draft only) */
        put: operations["assessments.self-assessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Asesor: return a submitted assessment to the operator for corrections */
        post: operations["assessments.return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Operator: submit a complete self-assessment to the asesor */
        post: operations["assessments.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Asesor: verify the assessment (every indicator has an assessor value); it is locked afterwards */
        post: operations["assessments.verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/assessments/{assessmentId}/workbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment as the Excel workbook `spbe template` writes (same layout, same year, self and assessor values, evidence, notes); `spbe index|report|plan` read it, and the import takes it back */
        get: operations["assessments.workbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The log's signed checkpoints (C2SP signed notes), oldest first; a fresh one is signed when the log grew */
        get: operations["audit.checkpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/audit/checkpoints/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one signed checkpoint (the file `spbe audit verify-checkpoints` reads) */
        get: operations["audit.checkpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/audit/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the consistency proof between two signed checkpoints (the JSON of `spbe audit prove --consistency`), verifiable offline with `spbe audit verify-checkpoints` */
        get: operations["audit.consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest audit events of the agency's users (pseudonymised) */
        get: operations["audit.events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/audit/events/{index}/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the proof bundle (C2SP tlog-proof) of one event, verifiable offline with `spbe audit verify-bundle` */
        get: operations["audit.bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/audit/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live integrity check: recompute the Merkle tree and checkpoints; the latest signed checkpoint */
        get: operations["audit.integrity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current index and predikat, breakdown for the radar chart, index over the years per methodology, plan to the next predikat */
        get: operations["dashboard.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Citizens' requests under UU PDP recorded by the agency (no NIK: none is stored) */
        get: operations["data-requests.list"];
        put?: never;
        /** Record a citizen's request (request number, how the identity was checked) before any lookup */
        post: operations["data-requests.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/data-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the answer of a looked-up request as CSV or JSON (audited with the request number) */
        get: operations["data-requests.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/data-requests/{requestId}/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a recorded request: the citizen's NIK is pseudonymised on arrival (never stored or logged); every lookup is audited with the request number */
        post: operations["data-requests.lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Datasets with their Satu Data publication state */
        get: operations["datasets.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/datasets/{itemId}/producer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Produsen data: submit a dataset to the walidata, or revise a rejected one */
        post: operations["datasets.producer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/datasets/{itemId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Produsen data: upload a data file (CSV, XLSX, JSON, TXT, PDF) of a dataset; it goes to the Satu Data portal (CKAN resource_create) when the walidata publishes */
        post: operations["datasets.resource-upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/datasets/{itemId}/resources/{resourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a data file of a dataset, as uploaded */
        get: operations["datasets.resource-download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/datasets/{itemId}/walidata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Walidata: check a submitted dataset against the Satu Data principles, publish it to the CKAN portal (again, after an edit), reject it with a reason, or withdraw a published one from the portal with a reason */
        post: operations["datasets.walidata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications, services, datasets or architecture objects of the agency */
        get: operations["inventories.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/{kind}/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an item */
        delete: operations["inventories.delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/{kind}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the items of one kind as CSV (semicolons, UTF-8) or xlsx, with the columns the import reads; cells starting with = + - @ are neutralised */
        get: operations["inventories.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/{kind}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import CSV (header = field paths such as owner.name, lists as column[] with ; between values); valid rows are saved, bad rows reported */
        post: operations["inventories.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/{kind}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an empty import template of one kind (header and an example row), CSV or xlsx */
        get: operations["inventories.template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or replace (same id) one application, validated by @spbe-kit/models */
        post: operations["inventories.create-application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/architecture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or replace (same id) one architecture, validated by @spbe-kit/models */
        post: operations["inventories.create-architecture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or replace (same id) one dataset, validated by @spbe-kit/models */
        post: operations["inventories.create-dataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/inventories/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or replace (same id) one service, validated by @spbe-kit/models */
        post: operations["inventories.create-service"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/plan-costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: set the cost of raising indicators by one level (used by the improvement plan) */
        put: operations["plan.costs"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/province-agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The province's agenda (e.g. SPBE coordination meetings), read from the province's API through the SPLP gateway */
        get: operations["splp.province-agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/province-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Province coordinator: every regency/city's verified index in one year under one methodology (by default the latest), which have none yet, each one's history, statistics and distribution; gathered from each deployment's public API and cached */
        get: operations["province.overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/province-overview/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Province coordinator: the chosen column (year and methodology) as CSV (semicolons, decimal commas) or xlsx (numbers), with the regencies that have no verified result; text cells starting with = + - @ are neutralised */
        get: operations["province.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/statistics/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Official population statistics of the regency from the BPS WebAPI, with attribution */
        get: operations["statistics.population"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agency's accounts, NIP masked */
        get: operations["users.list"];
        put?: never;
        /** Admin: create an account in the agency (password rules apply; audited) */
        post: operations["users.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/users/{userId}/nip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: correct a person's NIP (validated; recorded as personal-data processing) */
        put: operations["users.update-nip"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: set a new password for an account (password rules apply; its sessions end; audited) */
        put: operations["users.reset-password"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/users/{userId}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Admin: show a person's full NIP (recorded as personal-data processing, UU PDP Pasal 31) */
        get: operations["users.personal-data"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: assign an account's role (not one's own; audited with before/after) */
        put: operations["users.update-role"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{agencyId}/users/{userId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admin: disable an account (its sessions end at once) or enable it again (audited) */
        put: operations["users.update-status"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a username and password */
        post: operations["auth.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: operations["auth.logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token to send with changes */
        get: operations["auth.session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change my own password (the current one is required; my other sessions end; audited) */
        put: operations["me.change-password"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/personal-data-processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who processed my personal data (UU PDP Pasal 32): events whose subject is my NIP */
        get: operations["me.personal-data-processing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/provinces/{regionCode}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regencies and cities of a province known to this deployment */
        get: operations["public.province-members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/v1/regions/{regionCode}/index-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A regency's verified index results by year (public: what a province gathers from each deployment) */
        get: operations["public.index-summary"];
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
        Error: {
            error: {
                code: string;
                issues: {
                    code: string;
                    message: {
                        en: string;
                        id: string;
                    };
                    path: (string | number)[];
                }[];
                message: string;
                messages: {
                    en: string;
                    id: string;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "assessments.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessments: {
                            agencyId: string;
                            assessor: {
                                complete: boolean;
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                total: number;
                            };
                            id: string;
                            isSample: boolean;
                            /** @enum {string} */
                            methodology: "spbe-2020" | "pemdi-2026";
                            self: {
                                complete: boolean;
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                total: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "verified" | "locked";
                            year: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    methodology: "spbe-2020" | "pemdi-2026";
                    year: number;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        assessor: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        id: string;
                        isSample: boolean;
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                        self: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "verified" | "locked";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        assessor: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        assessorResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        comparison: {
                            assessorValue: number | null;
                            difference: number | null;
                            indicator: number;
                            selfValue: number | null;
                        }[];
                        entries: {
                            aspect: number;
                            assessorValue: string | null;
                            evidenceFiles: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                            }[];
                            evidenceLinks: {
                                title: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            externalIndex: {
                                en: string;
                                id: string;
                            } | null;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            note: string;
                            recommendation: string;
                            selfValue: string | null;
                            weight: number;
                        }[];
                        holdingBack: {
                            gap: number;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            value: number;
                            weight: number;
                        }[];
                        id: string;
                        isSample: boolean;
                        levels: {
                            level: number;
                            name: {
                                en: string;
                                id: string;
                            };
                        }[];
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                        methodologyName: {
                            en: string;
                            id: string;
                        };
                        self: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        selfResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "verified" | "locked";
                        /** @enum {string} */
                        valueDomain: "integer" | "decimal";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.evidence-download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.evidence-delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                        sha256: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            code?: string;
                            /** @constant */
                            kind: "kementerian";
                            name: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "lembaga";
                            name: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "provinsi";
                            name: string;
                            regionCode: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "kabupaten";
                            name: string;
                            regionCode: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "kota";
                            name: string;
                            regionCode: string;
                            shortName?: string;
                        };
                        indicators: {
                            assessorValue?: number;
                            evidence: {
                                /** Format: date */
                                date?: string;
                                fileName?: string;
                                reference?: string;
                                sha256?: string;
                                title: string;
                            }[];
                            note?: string;
                            number: number;
                            origin?: {
                                /** @constant */
                                kind: "assessed";
                            } | {
                                assumedMinimum: boolean;
                                indexName: string;
                                /** @constant */
                                kind: "external-index";
                            };
                            recommendation?: string;
                            sector?: string;
                            selfAssessedValue?: number;
                            verification: {
                                approved: boolean;
                                interviewed: boolean;
                                uploaded: boolean;
                            };
                        }[];
                        /** @constant */
                        methodology: "spbe-2020";
                        year: number;
                    } | {
                        agency: {
                            code?: string;
                            /** @constant */
                            kind: "kementerian";
                            name: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "lembaga";
                            name: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "provinsi";
                            name: string;
                            regionCode: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "kabupaten";
                            name: string;
                            regionCode: string;
                            shortName?: string;
                        } | {
                            code?: string;
                            /** @constant */
                            kind: "kota";
                            name: string;
                            regionCode: string;
                            shortName?: string;
                        };
                        indicators: {
                            assessorValue?: number;
                            evidence: {
                                /** Format: date */
                                date?: string;
                                fileName?: string;
                                reference?: string;
                                sha256?: string;
                                title: string;
                            }[];
                            note?: string;
                            number: number;
                            origin?: {
                                /** @constant */
                                kind: "assessed";
                            } | {
                                assumedMinimum: boolean;
                                indexName: string;
                                /** @constant */
                                kind: "external-index";
                            };
                            recommendation?: string;
                            sector?: string;
                            selfAssessedValue?: number;
                            verification: {
                                approved: boolean;
                                interviewed: boolean;
                                uploaded: boolean;
                            };
                        }[];
                        /** @constant */
                        methodology: "pemdi-2026";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessment: {
                            agencyId: string;
                            assessor: {
                                complete: boolean;
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                total: number;
                            };
                            assessorResult: {
                                aspects: {
                                    domain: number | null;
                                    exact: string | null;
                                    id: number;
                                    index: number | null;
                                    name: {
                                        en: string;
                                        id: string;
                                    };
                                    weight: number;
                                }[];
                                complete: boolean;
                                domains: {
                                    id: number;
                                    index: number | null;
                                    name: {
                                        en: string;
                                        id: string;
                                    };
                                    weight: number;
                                }[];
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                range: {
                                    max: number;
                                    maxPredicate: string;
                                    min: number;
                                    minPredicate: string;
                                } | null;
                                total: number;
                            };
                            comparison: {
                                assessorValue: number | null;
                                difference: number | null;
                                indicator: number;
                                selfValue: number | null;
                            }[];
                            entries: {
                                aspect: number;
                                assessorValue: string | null;
                                evidenceFiles: {
                                    contentType: string;
                                    fileName: string;
                                    id: string;
                                    sizeBytes: number;
                                }[];
                                evidenceLinks: {
                                    title: string;
                                    /** Format: uri */
                                    url: string;
                                }[];
                                externalIndex: {
                                    en: string;
                                    id: string;
                                } | null;
                                indicator: number;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                note: string;
                                recommendation: string;
                                selfValue: string | null;
                                weight: number;
                            }[];
                            holdingBack: {
                                gap: number;
                                indicator: number;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                value: number;
                                weight: number;
                            }[];
                            id: string;
                            isSample: boolean;
                            levels: {
                                level: number;
                                name: {
                                    en: string;
                                    id: string;
                                };
                            }[];
                            /** @enum {string} */
                            methodology: "spbe-2020" | "pemdi-2026";
                            methodologyName: {
                                en: string;
                                id: string;
                            };
                            self: {
                                complete: boolean;
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                total: number;
                            };
                            selfResult: {
                                aspects: {
                                    domain: number | null;
                                    exact: string | null;
                                    id: number;
                                    index: number | null;
                                    name: {
                                        en: string;
                                        id: string;
                                    };
                                    weight: number;
                                }[];
                                complete: boolean;
                                domains: {
                                    id: number;
                                    index: number | null;
                                    name: {
                                        en: string;
                                        id: string;
                                    };
                                    weight: number;
                                }[];
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                range: {
                                    max: number;
                                    maxPredicate: string;
                                    min: number;
                                    minPredicate: string;
                                } | null;
                                total: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "verified" | "locked";
                            /** @enum {string} */
                            valueDomain: "integer" | "decimal";
                            year: number;
                        };
                        changed: number;
                        /** @enum {string} */
                        format: "xlsx" | "json";
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.assessor-review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
                indicator: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assessorValue: (number | string) | null;
                    /** @default  */
                    recommendation?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        assessor: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        assessorResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        comparison: {
                            assessorValue: number | null;
                            difference: number | null;
                            indicator: number;
                            selfValue: number | null;
                        }[];
                        entries: {
                            aspect: number;
                            assessorValue: string | null;
                            evidenceFiles: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                            }[];
                            evidenceLinks: {
                                title: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            externalIndex: {
                                en: string;
                                id: string;
                            } | null;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            note: string;
                            recommendation: string;
                            selfValue: string | null;
                            weight: number;
                        }[];
                        holdingBack: {
                            gap: number;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            value: number;
                            weight: number;
                        }[];
                        id: string;
                        isSample: boolean;
                        levels: {
                            level: number;
                            name: {
                                en: string;
                                id: string;
                            };
                        }[];
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                        methodologyName: {
                            en: string;
                            id: string;
                        };
                        self: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        selfResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "verified" | "locked";
                        /** @enum {string} */
                        valueDomain: "integer" | "decimal";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.evidence-upload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
                indicator: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contentType: string;
                        fileName: string;
                        id: string;
                        sha256: string;
                        sizeBytes: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
                indicator: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    evidenceLinks?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    /** @default  */
                    note?: string;
                    selfValue: (number | string) | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        assessor: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        assessorResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        comparison: {
                            assessorValue: number | null;
                            difference: number | null;
                            indicator: number;
                            selfValue: number | null;
                        }[];
                        entries: {
                            aspect: number;
                            assessorValue: string | null;
                            evidenceFiles: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                            }[];
                            evidenceLinks: {
                                title: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            externalIndex: {
                                en: string;
                                id: string;
                            } | null;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            note: string;
                            recommendation: string;
                            selfValue: string | null;
                            weight: number;
                        }[];
                        holdingBack: {
                            gap: number;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            value: number;
                            weight: number;
                        }[];
                        id: string;
                        isSample: boolean;
                        levels: {
                            level: number;
                            name: {
                                en: string;
                                id: string;
                            };
                        }[];
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                        methodologyName: {
                            en: string;
                            id: string;
                        };
                        self: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        selfResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "verified" | "locked";
                        /** @enum {string} */
                        valueDomain: "integer" | "decimal";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.return": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        assessor: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        assessorResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        comparison: {
                            assessorValue: number | null;
                            difference: number | null;
                            indicator: number;
                            selfValue: number | null;
                        }[];
                        entries: {
                            aspect: number;
                            assessorValue: string | null;
                            evidenceFiles: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                            }[];
                            evidenceLinks: {
                                title: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            externalIndex: {
                                en: string;
                                id: string;
                            } | null;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            note: string;
                            recommendation: string;
                            selfValue: string | null;
                            weight: number;
                        }[];
                        holdingBack: {
                            gap: number;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            value: number;
                            weight: number;
                        }[];
                        id: string;
                        isSample: boolean;
                        levels: {
                            level: number;
                            name: {
                                en: string;
                                id: string;
                            };
                        }[];
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                        methodologyName: {
                            en: string;
                            id: string;
                        };
                        self: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        selfResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "verified" | "locked";
                        /** @enum {string} */
                        valueDomain: "integer" | "decimal";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.submit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        assessor: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        assessorResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        comparison: {
                            assessorValue: number | null;
                            difference: number | null;
                            indicator: number;
                            selfValue: number | null;
                        }[];
                        entries: {
                            aspect: number;
                            assessorValue: string | null;
                            evidenceFiles: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                            }[];
                            evidenceLinks: {
                                title: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            externalIndex: {
                                en: string;
                                id: string;
                            } | null;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            note: string;
                            recommendation: string;
                            selfValue: string | null;
                            weight: number;
                        }[];
                        holdingBack: {
                            gap: number;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            value: number;
                            weight: number;
                        }[];
                        id: string;
                        isSample: boolean;
                        levels: {
                            level: number;
                            name: {
                                en: string;
                                id: string;
                            };
                        }[];
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                        methodologyName: {
                            en: string;
                            id: string;
                        };
                        self: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        selfResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "verified" | "locked";
                        /** @enum {string} */
                        valueDomain: "integer" | "decimal";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencyId: string;
                        assessor: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        assessorResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        comparison: {
                            assessorValue: number | null;
                            difference: number | null;
                            indicator: number;
                            selfValue: number | null;
                        }[];
                        entries: {
                            aspect: number;
                            assessorValue: string | null;
                            evidenceFiles: {
                                contentType: string;
                                fileName: string;
                                id: string;
                                sizeBytes: number;
                            }[];
                            evidenceLinks: {
                                title: string;
                                /** Format: uri */
                                url: string;
                            }[];
                            externalIndex: {
                                en: string;
                                id: string;
                            } | null;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            note: string;
                            recommendation: string;
                            selfValue: string | null;
                            weight: number;
                        }[];
                        holdingBack: {
                            gap: number;
                            indicator: number;
                            name: {
                                en: string;
                                id: string;
                            };
                            value: number;
                            weight: number;
                        }[];
                        id: string;
                        isSample: boolean;
                        levels: {
                            level: number;
                            name: {
                                en: string;
                                id: string;
                            };
                        }[];
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                        methodologyName: {
                            en: string;
                            id: string;
                        };
                        self: {
                            complete: boolean;
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            total: number;
                        };
                        selfResult: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "verified" | "locked";
                        /** @enum {string} */
                        valueDomain: "integer" | "decimal";
                        year: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "assessments.workbook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                assessmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkpoints: {
                            note: string;
                            size: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                size: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.consistency": {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.events": {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                actorUser?: string;
                from?: string;
                limit?: number;
                outcome?: "success" | "failure" | "denied" | "error";
                stream?: "all" | "sign-in";
                to?: string;
            };
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            action: string;
                            actionLabel: {
                                en: string;
                                id: string;
                            };
                            actorPseudonym: string | null;
                            actorRole: string | null;
                            category: string;
                            change: {
                                after: {
                                    [key: string]: unknown;
                                };
                                before: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            index: number;
                            leafHash: string;
                            outcome: string;
                            outcomeLabel: {
                                en: string;
                                id: string;
                            };
                            purpose: string | null;
                            purposeLabel: {
                                en: string;
                                id: string;
                            } | null;
                            reason: string | null;
                            reasonLabel: {
                                en: string;
                                id: string;
                            } | null;
                            resource: string | null;
                            sourceAddress: string | null;
                            subjects: number;
                            timestamp: string;
                        }[];
                        size: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.bundle": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "audit.integrity": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkpoint: {
                            note: string;
                            rootHash: string;
                            size: number;
                        } | null;
                        firstBadIndex: number | null;
                        ok: boolean;
                        origin: string;
                        reason: string | null;
                        size: number;
                        verifierKey: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "dashboard.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            id: string;
                            /** @enum {string} */
                            kind: "province" | "regency" | "city";
                            name: string;
                            parentId: string | null;
                            regionCode: string;
                        };
                        basis: ("assessor" | "self") | null;
                        current: {
                            agencyId: string;
                            assessor: {
                                complete: boolean;
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                total: number;
                            };
                            id: string;
                            isSample: boolean;
                            /** @enum {string} */
                            methodology: "spbe-2020" | "pemdi-2026";
                            self: {
                                complete: boolean;
                                filled: number;
                                index: number | null;
                                indexDisplay: string | null;
                                predicate: string | null;
                                total: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "verified" | "locked";
                            year: number;
                        } | null;
                        history: {
                            from: number;
                            /** @enum {string} */
                            methodology: "spbe-2020" | "pemdi-2026";
                            points: {
                                /** @enum {string} */
                                basis: "assessor" | "self";
                                delta: number | null;
                                index: number;
                                indexDisplay: string;
                                isSample: boolean;
                                predicate: string;
                                year: number;
                            }[];
                            to: number;
                        }[];
                        plan: {
                            after: {
                                index: number;
                                indexDisplay: string;
                                predicate: string;
                            } | null;
                            alreadyAtTop: boolean;
                            before: {
                                index: number;
                                indexDisplay: string;
                                predicate: string;
                            };
                            costs: {
                                cost: number;
                                indicator: number;
                                name: {
                                    en: string;
                                    id: string;
                                };
                            }[];
                            currentPredicate: string;
                            methodology: string;
                            reachable: boolean;
                            steps: {
                                cost: number;
                                from: number;
                                gain: number;
                                indicator: number;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                to: number;
                            }[];
                            targetPredicate: string | null;
                            totalCost: number;
                        } | null;
                        result: {
                            aspects: {
                                domain: number | null;
                                exact: string | null;
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            complete: boolean;
                            domains: {
                                id: number;
                                index: number | null;
                                name: {
                                    en: string;
                                    id: string;
                                };
                                weight: number;
                            }[];
                            filled: number;
                            index: number | null;
                            indexDisplay: string | null;
                            predicate: string | null;
                            range: {
                                max: number;
                                maxPredicate: string;
                                min: number;
                                minPredicate: string;
                            } | null;
                            total: number;
                        } | null;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "data-requests.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: {
                            answeredAt: string | null;
                            id: string;
                            /** @enum {string} */
                            identityCheck: "ktp-el-reader" | "ktp-el-seen" | "dukcapil-verification" | "power-of-attorney";
                            receivedOn: string;
                            requestNumber: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "data-requests.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    identityCheck: "ktp-el-reader" | "ktp-el-seen" | "dukcapil-verification" | "power-of-attorney";
                    /** Format: date */
                    receivedOn: string;
                    requestNumber: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answeredAt: string | null;
                        id: string;
                        /** @enum {string} */
                        identityCheck: "ktp-el-reader" | "ktp-el-seen" | "dukcapil-verification" | "power-of-attorney";
                        receivedOn: string;
                        requestNumber: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "data-requests.export": {
        parameters: {
            query?: {
                format?: "csv" | "json";
            };
            header?: never;
            path: {
                agencyId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "data-requests.lookup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nik: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        processing: {
                            action: string;
                            actionLabel: {
                                en: string;
                                id: string;
                            };
                            agencyId: string | null;
                            agencyName: string | null;
                            index: number;
                            outcome: string;
                            outcomeLabel: {
                                en: string;
                                id: string;
                            };
                            purpose: string | null;
                            purposeLabel: {
                                en: string;
                                id: string;
                            } | null;
                            timestamp: string;
                        }[];
                        request: {
                            answeredAt: string | null;
                            id: string;
                            /** @enum {string} */
                            identityCheck: "ktp-el-reader" | "ktp-el-seen" | "dukcapil-verification" | "power-of-attorney";
                            receivedOn: string;
                            requestNumber: string;
                        };
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "datasets.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ckanUrl: string | null;
                        datasets: {
                            allowedNext: string[];
                            ckan: {
                                id: string;
                                name: string;
                                url: string;
                            } | null;
                            code: string;
                            itemId: string;
                            resources: {
                                ckanUrl: string | null;
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                            }[];
                            reviewNotes: {
                                at: string;
                                /** @enum {string} */
                                event: "reject" | "withdraw";
                                reason: string;
                                sha256: string;
                            }[];
                            state: {
                                reason?: string;
                                status: string;
                            };
                            sync: {
                                at: string;
                                error: {
                                    en: string;
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                event: "publish" | "withdraw";
                            } | null;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "datasets.producer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    event: "submit" | "revise";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedNext: string[];
                        ckan: {
                            id: string;
                            name: string;
                            url: string;
                        } | null;
                        code: string;
                        itemId: string;
                        resources: {
                            ckanUrl: string | null;
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sha256: string;
                            sizeBytes: number;
                        }[];
                        reviewNotes: {
                            at: string;
                            /** @enum {string} */
                            event: "reject" | "withdraw";
                            reason: string;
                            sha256: string;
                        }[];
                        state: {
                            reason?: string;
                            status: string;
                        };
                        sync: {
                            at: string;
                            error: {
                                en: string;
                                id: string;
                            } | null;
                            /** @enum {string} */
                            event: "publish" | "withdraw";
                        } | null;
                        title: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "datasets.resource-upload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ckanUrl: string | null;
                        contentType: string;
                        createdAt: string;
                        fileName: string;
                        id: string;
                        sha256: string;
                        sizeBytes: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "datasets.resource-download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                itemId: string;
                resourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "datasets.walidata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    event: "check";
                } | {
                    /** @constant */
                    event: "publish";
                } | {
                    /** @constant */
                    event: "reject";
                    reason: string;
                } | {
                    /** @constant */
                    event: "withdraw";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        allowedNext: string[];
                        ckan: {
                            id: string;
                            name: string;
                            url: string;
                        } | null;
                        code: string;
                        itemId: string;
                        resources: {
                            ckanUrl: string | null;
                            contentType: string;
                            createdAt: string;
                            fileName: string;
                            id: string;
                            sha256: string;
                            sizeBytes: number;
                        }[];
                        reviewNotes: {
                            at: string;
                            /** @enum {string} */
                            event: "reject" | "withdraw";
                            reason: string;
                            sha256: string;
                        }[];
                        state: {
                            reason?: string;
                            status: string;
                        };
                        sync: {
                            at: string;
                            error: {
                                en: string;
                                id: string;
                            } | null;
                            /** @enum {string} */
                            event: "publish" | "withdraw";
                        } | null;
                        title: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                kind: "application" | "service" | "dataset" | "architecture";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @enum {string} */
                            kind: "application" | "service" | "dataset" | "architecture";
                            name: string;
                            updatedAt: string;
                        }[];
                        /** @enum {string} */
                        kind: "application" | "service" | "dataset" | "architecture";
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                itemId: string;
                kind: "application" | "service" | "dataset" | "architecture";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.export": {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                agencyId: string;
                kind: "application" | "service" | "dataset" | "architecture";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                kind: "application" | "service" | "dataset" | "architecture";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            id: string | null;
                            issues: {
                                code: string;
                                message: {
                                    en: string;
                                    id: string;
                                };
                                path: (string | number)[];
                            }[];
                            row: number;
                        }[];
                        imported: number;
                        rows: number;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.template": {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                agencyId: string;
                kind: "application" | "service" | "dataset" | "architecture";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.create-application": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @enum {string} */
                    hosting: "pdn" | "own-data-centre";
                    id: string;
                    licence: {
                        /** @enum {string} */
                        kind: "open-source" | "government-owned" | "proprietary";
                        name?: string;
                    };
                    /** @enum {string} */
                    lifecycle: "planned" | "in-development" | "operational" | "retired";
                    name: string;
                    owner: {
                        code?: string;
                        name: string;
                    };
                    raaCode: string;
                    serviceIds?: string[];
                    sourceRepository?: {
                        registeredNationally: boolean;
                        url: string;
                    };
                    /** @enum {string} */
                    splpIntegration: "integrated" | "planned" | "not-integrated";
                    /** @constant */
                    type: "umum";
                } | {
                    description?: string;
                    /** @enum {string} */
                    hosting: "pdn" | "own-data-centre";
                    id: string;
                    licence: {
                        /** @enum {string} */
                        kind: "open-source" | "government-owned" | "proprietary";
                        name?: string;
                    };
                    /** @enum {string} */
                    lifecycle: "planned" | "in-development" | "operational" | "retired";
                    name: string;
                    owner: {
                        code?: string;
                        name: string;
                    };
                    raaCode: string;
                    serviceIds?: string[];
                    sourceRepository: {
                        registeredNationally: boolean;
                        url: string;
                    };
                    /** @enum {string} */
                    splpIntegration: "integrated" | "planned" | "not-integrated";
                    /** @constant */
                    type: "khusus";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        data: {
                            [key: string]: unknown;
                        };
                        id: string;
                        /** @enum {string} */
                        kind: "application" | "service" | "dataset" | "architecture";
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.create-architecture": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description: string;
                    /** @constant */
                    domain: "business-process";
                    id: string;
                    referenceCode: string;
                } | {
                    custodian?: string;
                    dataNature?: string;
                    dataType?: string;
                    description: string;
                    /** @constant */
                    domain: "data";
                    id: string;
                    interoperability?: string;
                    producer?: string;
                    purpose?: string;
                    referenceCode: string;
                    relatedInformation?: {
                        inputs?: string[];
                        outputs?: string[];
                    };
                    validity?: string;
                } | {
                    /** @constant */
                    domain: "service";
                    economicPotential?: string;
                    function?: string;
                    id: string;
                    implementingUnit?: string;
                    name: string;
                    potentialBenefit?: string;
                    potentialRisk?: string;
                    purpose?: string;
                    referenceCode: string;
                    relatedAffairs?: string[];
                    relatedAgencies?: string[];
                    riskMitigation?: string;
                    serviceMethod?: string;
                    serviceTarget?: string;
                } | {
                    applicationBase?: string;
                    database?: string;
                    description: string;
                    /** @constant */
                    domain: "application";
                    function?: string;
                    id: string;
                    licenceType?: string;
                    output?: string;
                    referenceCode: string;
                } | {
                    bandwidthMbps?: number;
                    description?: string;
                    /** @constant */
                    domain: "infrastructure";
                    id: string;
                    /** @enum {string} */
                    infrastructureType: "cloud-computing" | "server" | "peripheral" | "storage-media" | "network" | "security-device" | "platform-software" | "intranet" | "service-connector" | "computing-facility";
                    location?: string;
                    name: string;
                    ownership?: string;
                    referenceCode: string;
                    tier?: number;
                } | {
                    audit?: {
                        auditType: string;
                        /** Format: date */
                        date: string;
                        followUp?: string;
                        result: string;
                    };
                    description?: string;
                    /** @constant */
                    domain: "security";
                    id: string;
                    name: string;
                    referenceCode: string;
                    /** @enum {string} */
                    securityType: "standard" | "procedure" | "regulation" | "awareness-education" | "vulnerability-identification" | "security-improvement" | "incident-handling" | "security-audit" | "security-assurance";
                    /** Format: date */
                    validFrom?: string;
                    /** Format: date */
                    validUntil?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        data: {
                            [key: string]: unknown;
                        };
                        id: string;
                        /** @enum {string} */
                        kind: "application" | "service" | "dataset" | "architecture";
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.create-dataset": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    id: string;
                    keywords?: string[];
                    licence: string;
                    priority?: boolean;
                    producer: {
                        code?: string;
                        name: string;
                    };
                    /**
                     * Satu Data publication state
                     * @description Where a dataset stands in the draft → submitted → checked → published workflow.
                     */
                    publication: {
                        /** @constant */
                        status: "draft";
                    } | {
                        /** @constant */
                        status: "submitted";
                    } | {
                        /** @constant */
                        status: "checked";
                    } | {
                        /** @constant */
                        status: "published";
                    } | {
                        reason: string;
                        /** @constant */
                        status: "rejected";
                    };
                    radCode?: string;
                    referenceCodes: string[];
                    standard: {
                        classification?: string;
                        concept: string;
                        definition: string;
                        measure: string;
                        unit: string;
                    };
                    statisticalDataCode?: string;
                    title: string;
                    updateSchedule: {
                        /** @enum {string} */
                        frequency: "daily" | "weekly" | "monthly" | "quarterly" | "semi-annual" | "annual" | "five-yearly" | "irregular";
                        /** Format: date */
                        nextUpdate?: string;
                    };
                    walidata: {
                        code?: string;
                        name: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        data: {
                            [key: string]: unknown;
                        };
                        id: string;
                        /** @enum {string} */
                        kind: "application" | "service" | "dataset" | "architecture";
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "inventories.create-service": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicationIds?: string[];
                    channels: ("web" | "mobile-app" | "api" | "counter" | "kiosk" | "call-centre" | "email" | "instant-messaging" | "social-media")[];
                    description?: string;
                    id: string;
                    maturityLevel?: number;
                    name: string;
                    owner: {
                        code?: string;
                        name: string;
                    };
                    ralCode: string;
                    sector: string;
                    /** @constant */
                    type: "publik";
                } | {
                    applicationIds?: string[];
                    channels: ("web" | "mobile-app" | "api" | "counter" | "kiosk" | "call-centre" | "email" | "instant-messaging" | "social-media")[];
                    description?: string;
                    id: string;
                    maturityLevel?: number;
                    name: string;
                    owner: {
                        code?: string;
                        name: string;
                    };
                    ralCode: string;
                    sector: string;
                    /** @constant */
                    type: "administrasi-pemerintahan";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        data: {
                            [key: string]: unknown;
                        };
                        id: string;
                        /** @enum {string} */
                        kind: "application" | "service" | "dataset" | "architecture";
                        name: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "plan.costs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    costs: {
                        cost: number;
                        indicator: number;
                    }[];
                    /** @enum {string} */
                    methodology: "spbe-2020" | "pemdi-2026";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        costs: {
                            cost: number;
                            indicator: number;
                        }[];
                        /** @enum {string} */
                        methodology: "spbe-2020" | "pemdi-2026";
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "splp.province-agenda": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            kegiatan: string;
                            lokasi: string;
                            pejabat?: string;
                            /** Format: date */
                            tanggal: string;
                            waktu: string;
                        }[];
                        source: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "province.overview": {
        parameters: {
            query?: {
                methodology?: "spbe-2020" | "pemdi-2026";
                year?: number;
            };
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        columns: {
                            count: number;
                            methodology: string;
                            year: number;
                        }[];
                        distribution: {
                            count: number;
                            predicate: string;
                        }[];
                        province: string;
                        rows: {
                            change: number | null;
                            error: string | null;
                            history: {
                                aspectScores: {
                                    [key: string]: number;
                                };
                                index: number;
                                indexDisplay: string;
                                methodology: string;
                                predicate: string;
                                year: number;
                            }[];
                            index: number | null;
                            indexDisplay: string | null;
                            isSample: boolean;
                            methodology: string | null;
                            name: string;
                            predicate: string | null;
                            previousIndex: number | null;
                            previousYear: number | null;
                            regionCode: string;
                            source: string;
                            /** @enum {string} */
                            status: "verified" | "not-submitted" | "error";
                            year: number | null;
                        }[];
                        selected: {
                            methodology: string | null;
                            year: number | null;
                        };
                        statistics: {
                            count: number;
                            max: string | null;
                            mean: string | null;
                            median: string | null;
                            methodology: string;
                            min: string | null;
                            ranking: {
                                rank: number;
                                regionCode: string;
                            }[];
                            year: number;
                        }[];
                        trend: {
                            points: {
                                index: number;
                                year: number;
                            }[];
                            regionCode: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "province.export": {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                methodology?: "spbe-2020" | "pemdi-2026";
                year?: number;
            };
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "statistics.population": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attribution: {
                            en: string;
                            id: string;
                        };
                        bpsDomain: string;
                        lastUpdate: string | null;
                        rows: {
                            female: number | null;
                            male: number | null;
                            total: number | null;
                            year: string;
                        }[];
                        title: string;
                        unit: string | null;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users.list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            disabled: boolean;
                            displayName: string;
                            id: string;
                            nipMasked: string | null;
                            /** @enum {string} */
                            role: "admin" | "operator" | "asesor" | "auditor" | "coordinator" | "privacy-officer";
                            roleLabel: {
                                en: string;
                                id: string;
                            };
                            username: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users.create": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    nip?: string;
                    password: string;
                    /** @enum {string} */
                    role: "admin" | "operator" | "asesor" | "auditor" | "coordinator" | "privacy-officer";
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users.update-nip": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nip: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        nipMasked: string | null;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users.reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users.personal-data": {
        parameters: {
            query?: {
                purpose?: "employee.verification" | "assessment.assignment";
            };
            header?: never;
            path: {
                agencyId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        nip: string | null;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users.update-role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "admin" | "operator" | "asesor" | "auditor" | "coordinator" | "privacy-officer";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        role: "admin" | "operator" | "asesor" | "auditor" | "coordinator" | "privacy-officer";
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "users.update-status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabled: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disabled: boolean;
                        id: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        user: {
                            agency: {
                                id: string;
                                /** @enum {string} */
                                kind: "province" | "regency" | "city";
                                name: string;
                                parentId: string | null;
                                regionCode: string;
                            };
                            displayName: string;
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "operator" | "asesor" | "auditor" | "coordinator" | "privacy-officer";
                            roleLabel: {
                                en: string;
                                id: string;
                            };
                            username: string;
                        };
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "auth.session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        user: {
                            agency: {
                                id: string;
                                /** @enum {string} */
                                kind: "province" | "regency" | "city";
                                name: string;
                                parentId: string | null;
                                regionCode: string;
                            };
                            displayName: string;
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "operator" | "asesor" | "auditor" | "coordinator" | "privacy-officer";
                            roleLabel: {
                                en: string;
                                id: string;
                            };
                            username: string;
                        };
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "me.change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "me.personal-data-processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            action: string;
                            actionLabel: {
                                en: string;
                                id: string;
                            };
                            actorPseudonym: string | null;
                            actorRole: string | null;
                            category: string;
                            change: {
                                after: {
                                    [key: string]: unknown;
                                };
                                before: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            index: number;
                            leafHash: string;
                            outcome: string;
                            outcomeLabel: {
                                en: string;
                                id: string;
                            };
                            purpose: string | null;
                            purposeLabel: {
                                en: string;
                                id: string;
                            } | null;
                            reason: string | null;
                            reasonLabel: {
                                en: string;
                                id: string;
                            } | null;
                            resource: string | null;
                            sourceAddress: string | null;
                            subjects: number;
                            timestamp: string;
                        }[];
                        hasNip: boolean;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Role or agency not allowed, or CSRF token missing */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "public.province-members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            id: string;
                            /** @enum {string} */
                            kind: "province" | "regency" | "city";
                            name: string;
                            parentId: string | null;
                            regionCode: string;
                        }[];
                        province: string;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "public.index-summary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agency: {
                            id: string;
                            /** @enum {string} */
                            kind: "province" | "regency" | "city";
                            name: string;
                            parentId: string | null;
                            regionCode: string;
                        };
                        results: {
                            aspectScores: {
                                [key: string]: number;
                            };
                            aspectScoresExact: {
                                [key: string]: string;
                            };
                            index: number;
                            indexDisplay: string;
                            isSample: boolean;
                            /** @enum {string} */
                            methodology: "spbe-2020" | "pemdi-2026";
                            predicate: string;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
