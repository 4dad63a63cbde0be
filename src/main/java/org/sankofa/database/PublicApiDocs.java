package org.sankofa.database;

/**
 * Whether the OpenAPI description ({@code /v3/api-docs}) and Swagger UI can be read without signing in. Open in demo
 * mode, closed by default outside it (so with an external database); {@code sankofa.api-docs.public}
 * ({@code SANKOFA_API_DOCS_PUBLIC}) forces it either way. When closed, a signed-in person or a personal access token
 * still reads them.
 *
 * @param open whether they are readable without signing in
 */
public record PublicApiDocs(boolean open) {
}
