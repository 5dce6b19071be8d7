# khabar: Hindi news → bilingual digests for Telegram and Discord.
# Build stage: compilers for better-sqlite3's native addon live only here.
FROM node:20-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Run stage: no build tools, non-root user, database on the /data volume.
FROM node:20-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/khabar.db \
    CONTENT_DIR=/app/content
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY config ./config
COPY content ./content
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
CMD ["node", "--import", "tsx", "src/main.ts"]
