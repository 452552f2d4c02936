# The API image. Build steps are the Makefile's: a venv with the pinned constraints, then `kg serve`.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 API_HOST=0.0.0.0 API_PORT=8000
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends make curl && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml constraints.txt README.md Makefile ./
COPY api ./api
COPY graph ./graph
COPY ingest ./ingest
COPY guanxi ./guanxi
COPY tools ./tools
COPY schema.graphql ./
RUN make install
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD curl -fs http://127.0.0.1:8000/readyz || exit 1
CMD [".venv/bin/kg", "serve"]
