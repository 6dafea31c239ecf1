/**
 * Generated from openapi/splp-example-agenda.openapi.yaml by openapi-typescript 7.13.0.
 * Do not edit: change the OpenAPI document and run `pnpm generate` in packages/interop.
 * `pnpm check-generated` fails when this file is stale.
 */

export interface paths {
    "/api/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public agenda items, optionally for one date */
        get: operations["listAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agenda item */
        get: operations["getAgenda"];
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
        AgendaItem: {
            id: number;
            /** Format: date */
            tanggal: string;
            waktu?: string;
            kegiatan: string;
            lokasi?: string;
            pejabat?: string;
        };
        ProviderError: {
            /** @constant */
            status: "error";
            message: string;
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
    listAgenda: {
        parameters: {
            query?: {
                /** @description Date (YYYY-MM-DD) */
                tanggal?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agenda items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AgendaItem"][];
                    };
                };
            };
            /** @description No such agenda */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider failed */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    getAgenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AgendaItem"];
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider failed */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
}
