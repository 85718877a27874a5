# syntax=docker/dockerfile:1
# The API with the built PWA, in one image, with the repository's data/ (reference data, HSDS
# schemas, demo listings):
#
#   docker build -t sociale-kaart .
#
# The image needs DATABASE_URL: without it the app would start the embedded PostgreSQL, which needs
# a writable data directory that this image (read-only code, non-root user) does not have.

ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
# npm 11 honours the `allowScripts` policy in the root package.json: install scripts run only for
# the packages it approves. Pin an exact version here for fully reproducible builds.
ARG NPM_VERSION=11
ENV NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NPM_CONFIG_UPDATE_NOTIFIER=false
RUN npm install -g npm@${NPM_VERSION}
WORKDIR /app

# Manifests first, so that the dependency layer is reused while only sources change.
COPY package.json package-lock.json ./
COPY core/package.json core/
COPY api/package.json api/
COPY pwa/package.json pwa/
RUN --mount=type=cache,target=/root/.npm npm ci

COPY tsconfig.json ./
COPY data/ data/
COPY core/ core/
COPY api/ api/
COPY pwa/ pwa/
RUN npm run build && npm prune --omit=dev

# Only what runs: root and workspace manifests, production node_modules, the three dist folders, data/.
RUN mkdir -p /out/core /out/api /out/pwa \
 && cp -a package.json package-lock.json node_modules data /out/ \
 && cp -a core/package.json core/version.mjs core/dist /out/core/ \
 && cp -a api/package.json api/dist /out/api/ \
 && cp -a pwa/package.json pwa/dist /out/pwa/ \
 && for workspace in core api pwa; do \
      if [ -d "$workspace/node_modules" ]; then cp -a "$workspace/node_modules" "/out/$workspace/"; fi; \
    done \
 && rm -f /out/api/dist/.tsbuildinfo /out/core/dist/.tsbuildinfo


FROM ${NODE_IMAGE} AS runtime
LABEL org.opencontainers.image.title="Sociale Kaart Antwerpen" \
      org.opencontainers.image.description="Social map of Antwerp: API and PWA" \
      org.opencontainers.image.licenses="EUPL-1.2"
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app

# Owned by root and only readable by `node`: the app never writes to its own files.
COPY --from=build /out/ /app/

USER node
EXPOSE 3000
# Migrations and the reference seed run at start, so give the first start time.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "api/dist/main.js"]
