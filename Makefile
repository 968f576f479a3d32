.PHONY: run test up down build

# Both applications on the embedded SQLite database with demo data (API :5080, portal :5090).
run:
	bash scripts/run.sh

# Every test suite; starts a private MariaDB on 127.0.0.1 when none is given; prints "N passed, N failed" last.
test:
	bash scripts/test.sh

build:
	dotnet build SupportDesk.sln

# docker compose on MySQL 8.4 (copy .env.example to .env first).
up:
	docker compose up -d --build

down:
	docker compose down
