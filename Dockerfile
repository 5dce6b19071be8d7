# khabar: Hindi news → bilingual digests. Runs `npm start` (the console adapter until the chat adapters land).
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY config ./config
COPY content ./content
USER node
CMD ["npm", "start"]
