/**
 * Generated from openapi/ckan.openapi.yaml by openapi-typescript 7.13.0.
 * Do not edit: change the OpenAPI document and run `pnpm generate` in packages/interop.
 * `pnpm check-generated` fails when this file is stale.
 */

export interface paths {
    "/api/3/action/status_show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Site status (CKAN version, site title, enabled plugins) */
        get: operations["status_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/package_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search datasets (Solr query) */
        get: operations["package_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/package_show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dataset with its resources */
        get: operations["package_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/package_create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a dataset (needs an API token allowed to create datasets)
         * @description Creates a dataset and answers with it as `package_show` would. Not idempotent: a
         *     second call with the same `name` fails with a `Validation Error` (409,
         *     `name: [That URL is already in use.]`). A `name` must be 2–100 characters of
         *     lowercase ASCII letters, digits, `-` and `_`. Without a token, or with a token of a
         *     user who may not create datasets, CKAN answers 403 `Authorization Error`.
         */
        post: operations["package_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/package_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Names of all public datasets */
        get: operations["package_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/organization_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations (OPD); names, or full objects with `all_fields=true` */
        get: operations["organization_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/organization_show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation (OPD) */
        get: operations["organization_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/group_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups (topics); names, or full objects with `all_fields=true` */
        get: operations["group_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/resource_show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resource (file or DataStore table) of a dataset */
        get: operations["resource_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/action/datastore_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rows of a DataStore table */
        get: operations["datastore_search"];
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
        StatusShow: {
            site_title?: string;
            site_url: string;
            site_description?: string;
            ckan_version: string;
            error_emails_to?: string | null;
            locale_default?: string;
            /** @description The enabled plugins: a list of names in CKAN itself; a plugin that replaces `status_show` may send a map from plugin name to details instead (ckanext-berlinauth: `{ "stats": { "version": "unknown" } }`). */
            extensions?: string[] | {
                [key: string]: unknown;
            };
        };
        ErrorEnvelope: {
            help?: string;
            /** @constant */
            success: false;
            error: {
                /** @description e.g. `Not Found Error`, `Authorization Error`, `Validation Error` */
                __type: string;
                message?: string;
            } & {
                [key: string]: unknown;
            };
        };
        ValidationErrorEnvelope: {
            help?: string;
            /** @constant */
            success: false;
            error: {
                /** @constant */
                __type: "Validation Error";
                message?: string;
            } & {
                [key: string]: unknown[] | Record<string, never>;
            };
        };
        PackageCreateRequest: {
            /** @description URL name, unique on the portal */
            name: string;
            title?: string;
            /** @description Description (Markdown) */
            notes?: string;
            /** @description Id or name of the owning organisation (OPD) */
            owner_org?: string;
            /** @description A licence id of the portal, e.g. `cc-by` */
            license_id?: string;
            author?: string;
            author_email?: string;
            maintainer?: string;
            maintainer_email?: string;
            private?: boolean;
            tags?: components["schemas"]["TagInput"][];
            extras?: components["schemas"]["Extra"][];
            groups?: {
                name: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        TagInput: {
            name: string;
        };
        OrganizationRef: {
            id: string;
            name: string;
            title?: string;
            type?: string;
            description?: string | null;
            image_url?: string | null;
            is_organization?: boolean;
        };
        Organization: {
            id: string;
            name: string;
            title?: string;
            display_name?: string;
            description?: string | null;
            image_url?: string | null;
            created?: string;
            is_organization?: boolean;
            state?: string;
            type?: string;
            package_count?: number;
            packages?: components["schemas"]["Package"][];
        };
        Group: {
            id: string;
            name: string;
            title?: string;
            display_name?: string;
            description?: string | null;
            package_count?: number;
        };
        Tag: {
            id?: string;
            name: string;
            display_name?: string;
        };
        Extra: {
            key: string;
            value: string;
        };
        Resource: {
            id: string;
            package_id?: string;
            name?: string | null;
            description?: string | null;
            format?: string | null;
            url?: string | null;
            datastore_active?: boolean;
            created?: string;
            last_modified?: string | null;
            mimetype?: string | null;
            size?: number | null;
        };
        Package: {
            id: string;
            name: string;
            title?: string;
            notes?: string | null;
            author?: string | null;
            author_email?: string | null;
            maintainer?: string | null;
            maintainer_email?: string | null;
            license_id?: string | null;
            license_title?: string | null;
            metadata_created?: string;
            metadata_modified?: string;
            private?: boolean;
            state?: string;
            type?: string;
            owner_org?: string | null;
            organization?: components["schemas"]["OrganizationRef"] | null;
            num_resources?: number;
            num_tags?: number;
            resources?: components["schemas"]["Resource"][];
            tags?: components["schemas"]["Tag"][];
            groups?: components["schemas"]["Group"][];
            extras?: components["schemas"]["Extra"][];
        };
        PackageSearchResult: {
            count: number;
            results: components["schemas"]["Package"][];
            facets?: {
                [key: string]: unknown;
            };
            search_facets?: {
                [key: string]: unknown;
            };
            sort?: string;
        };
        DatastoreField: {
            id: string;
            /** @description PostgreSQL type: text, int, int4, numeric, timestamp, … */
            type: string;
            info?: {
                [key: string]: unknown;
            };
        };
        DatastoreSearchResult: {
            resource_id?: string;
            include_total?: boolean;
            records_format?: string;
            fields: components["schemas"]["DatastoreField"][];
            records: {
                [key: string]: unknown;
            }[];
            total?: number;
            total_was_estimated?: boolean;
            limit?: number;
            offset?: number;
            _links?: {
                start?: string;
                next?: string;
            };
        };
    };
    responses: {
        /** @description Action failed: `success: false` with an error object (HTTP 400, 403, 404, 409 or 500) */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
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
    status_show: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Site status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: components["schemas"]["StatusShow"];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    package_search: {
        parameters: {
            query?: {
                /** @description Solr query, e.g. `penduduk` */
                q?: string;
                /** @description Filter query, e.g. `organization:dinas-kesehatan` */
                fq?: string;
                rows?: number;
                start?: number;
                /** @description e.g. `metadata_modified desc` */
                sort?: string;
                /** @description JSON array of field names to facet on, e.g. `["organization","tags"]` */
                "facet.field"?: string;
                include_private?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching datasets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: components["schemas"]["PackageSearchResult"];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    package_show: {
        parameters: {
            query: {
                /** @description Dataset id or name */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: components["schemas"]["Package"];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    package_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackageCreateRequest"];
            };
        };
        responses: {
            /** @description The created dataset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: components["schemas"]["Package"];
                    };
                };
            };
            /** @description No token, an unknown token, or a user who may not create datasets (`Authorization Error`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The dataset is invalid (`Validation Error`): one list of messages per offending field */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationErrorEnvelope"];
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    package_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dataset names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: string[];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    organization_list: {
        parameters: {
            query?: {
                all_fields?: boolean;
                sort?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisation names or organisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: string[] | components["schemas"]["Organization"][];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    organization_show: {
        parameters: {
            query: {
                id: string;
                include_datasets?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: components["schemas"]["Organization"];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    group_list: {
        parameters: {
            query?: {
                all_fields?: boolean;
                sort?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Group names or groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: string[] | components["schemas"]["Group"][];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    resource_show: {
        parameters: {
            query: {
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: components["schemas"]["Resource"];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    datastore_search: {
        parameters: {
            query: {
                resource_id: string;
                /** @description Full-text query */
                q?: string;
                /** @description JSON object of exact-match filters, e.g. `{"tahun":"2023"}` */
                filters?: string;
                limit?: number;
                offset?: number;
                /** @description Comma-separated field names */
                fields?: string;
                /** @description e.g. `tahun desc` */
                sort?: string;
                include_total?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        help?: string;
                        /** @constant */
                        success: true;
                        result: components["schemas"]["DatastoreSearchResult"];
                    };
                };
            };
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
}
