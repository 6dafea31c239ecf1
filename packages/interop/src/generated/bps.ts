/**
 * Generated from openapi/bps.openapi.yaml by openapi-typescript 7.13.0.
 * Do not edit: change the OpenAPI document and run `pnpm generate` in packages/interop.
 * `pnpm check-generated` fails when this file is stale.
 */

export interface paths {
    "/domain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistical domains (BPS offices) with their BPS codes */
        get: operations["listDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A paged list of one model (subjects, variables, years, …) or a dynamic table (`model=data`) */
        get: operations["list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item of a model by id */
        get: operations["view"];
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
        /** @description BPS domain code: `0000` Indonesia, `pp00` a province, `ppkk` a regency/city (not a Kemendagri code). */
        BpsDomainId: string;
        /** @enum {string} */
        Lang: "ind" | "eng";
        /** @enum {string} */
        ListModel: "publication" | "pressrelease" | "statictable" | "subject" | "subcat" | "var" | "vervar" | "th" | "turvar" | "turth" | "unit" | "indicators" | "news" | "newscategory" | "infographic" | "data";
        /** @enum {string} */
        ViewModel: "publication" | "pressrelease" | "statictable" | "subject" | "subcat" | "var" | "vervar" | "th" | "turvar" | "turth" | "unit" | "indicators" | "news" | "newscategory" | "infographic";
        Pagination: {
            page: number;
            pages: number;
            per_page?: number;
            count?: number;
            total: number;
        };
        Domain: {
            domain_id: components["schemas"]["BpsDomainId"];
            domain_name: string;
            domain_url?: string;
        };
        DomainListResponse: {
            /** @constant */
            status: "OK";
            /** @constant */
            "data-availability": "available";
            data: [
                components["schemas"]["Pagination"],
                components["schemas"]["Domain"][]
            ];
        };
        /**
         * @description One item of a list; fields depend on the model, e.g. subject `{sub_id, title, subcat_id, subcat, ntabel}`,
         *     var `{var_id, title, sub_id, sub_name, def, unit, vertical}`, th `{th_id, th}`, turvar `{turvar_id, turvar,
         *     group_turvar_id, name_group_turvar}`, vervar `{kode_ver_id, vervar, item_ver_id, group_ver_id, name_group_ver_id}`,
         *     unit `{unit_id, unit}`, publication `{pub_id, title, issn, rl_date, pdf, cover}`, pressrelease `{brs_id, title,
         *     rl_date, pdf}`, statictable `{table_id, title, subj_id, subj, updt_date, excel}`, news `{news_id, title, newscat_id,
         *     newscat_name, rl_date}`, newscategory `{newscat_id, newscat_name}`, infographic `{inf_id, title, img, dl}`.
         */
        ListItem: {
            [key: string]: unknown;
        };
        ListResponse: {
            /** @constant */
            status: "OK";
            /** @constant */
            "data-availability": "available";
            data: [
                components["schemas"]["Pagination"],
                components["schemas"]["ListItem"][]
            ];
        };
        /** @description A whole number; today's answers sometimes send it as a numeric string (`"0"`). */
        WireInteger: number | string;
        LabelledValue: {
            val: components["schemas"]["WireInteger"];
            label: string;
        };
        DynamicTableVariable: {
            val: components["schemas"]["WireInteger"];
            label: string;
            unit?: string | null;
            subj?: string | null;
            def?: string | null;
            /** @description Decimals shown; a number (`2`) in today's answers, a string (`"2"`, `""`) in older ones. */
            decimal?: string | number;
            note?: string | null;
        };
        /**
         * @description A dynamic table. Each key of `datacontent` is the concatenation, without separators,
         *     of the ids (`val`) of one vervar, one var, one turvar, one tahun and one turtahun,
         *     in that order; ids have varying widths, so a key can only be split with the
         *     metadata arrays.
         */
        DynamicTableResponse: {
            /** @constant */
            status: "OK";
            /** @constant */
            "data-availability": "available";
            last_update?: string | null;
            subject?: components["schemas"]["LabelledValue"][];
            var: components["schemas"]["DynamicTableVariable"][];
            turvar: components["schemas"]["LabelledValue"][];
            labelvervar: string;
            vervar: components["schemas"]["LabelledValue"][];
            tahun: components["schemas"]["LabelledValue"][];
            turtahun: components["schemas"]["LabelledValue"][];
            /** @description The values by key; a table that exists but has no data yet sends an empty array. */
            datacontent: {
                [key: string]: number | string | null;
            } | unknown[];
        };
        ViewResponse: {
            /** @constant */
            status: "OK";
            /** @constant */
            "data-availability": "available";
            data: components["schemas"]["ListItem"];
        };
        NotAvailableResponse: {
            /** @constant */
            status: "OK";
            /** @enum {string} */
            "data-availability": "list-not-available" | "not-available";
            /** @description An empty string in today's answers; absent in older ones. */
            data?: string;
        };
        ErrorResponse: {
            /** @constant */
            status: "Error";
            message?: string;
        };
    };
    responses: {
        /** @description Request rejected (bad parameters, invalid key, quota) */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDomains: {
        parameters: {
            query: {
                type: "all" | "prov" | "kab" | "kabbyprov";
                /** @description BPS province code, with `type=kabbyprov` */
                prov?: components["schemas"]["BpsDomainId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Domains, or `list-not-available` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainListResponse"] | components["schemas"]["NotAvailableResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    list: {
        parameters: {
            query: {
                model: components["schemas"]["ListModel"];
                domain: components["schemas"]["BpsDomainId"];
                lang?: components["schemas"]["Lang"];
                page?: number;
                perpage?: number;
                keyword?: string;
                subject?: number;
                /** @description Variable id (required with `model=data`) */
                var?: number;
                /** @description Year id(s); with `model=data` a single id or a range `119:123` */
                th?: string;
                turvar?: number;
                vervar?: string;
                turth?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list page, a dynamic table, or `list-not-available` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponse"] | components["schemas"]["DynamicTableResponse"] | components["schemas"]["NotAvailableResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    view: {
        parameters: {
            query: {
                model: components["schemas"]["ViewModel"];
                id: string;
                domain: components["schemas"]["BpsDomainId"];
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item, or `list-not-available` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewResponse"] | components["schemas"]["NotAvailableResponse"] | components["schemas"]["ErrorResponse"];
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
}
