-- Accounts. Emails and usernames are stored in lower case, so the unique indexes compare them case-insensitively.
create table user_account (
    id                uuid        primary key,
    email             text        not null,
    password_hash     text        not null,
    name              text        not null,
    username          text        not null,
    time_zone         text        not null,
    plan              text        not null check (plan in ('FREE', 'PAID')),
    role              text        not null check (role in ('HOST', 'ADMIN')),
    email_verified_at timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null
);
create unique index user_account_email on user_account (email);
create unique index user_account_username on user_account (username);

-- One-time codes sent by email. Only an HMAC of the code is kept; the code itself exists only in the email.
create table one_time_code (
    id              uuid        primary key,
    email           text        not null,
    purpose         text        not null check (purpose in ('ACCOUNT_VERIFICATION', 'GUEST_EMAIL')),
    code_hash       bytea       not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    failed_attempts integer     not null,
    consumed_at     timestamptz,
    version         bigint      not null
);
create index one_time_code_email_purpose on one_time_code (email, purpose, created_at desc);

-- A session is a family of refresh tokens: one sign-in on one device. Ending it ends all its tokens.
create table user_session (
    id           uuid        primary key,
    user_id      uuid        not null references user_account (id) on delete cascade,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    ended_at     timestamptz,
    ended_reason text,
    version      bigint      not null
);
create index user_session_user on user_session (user_id);

-- Refresh tokens are opaque; only their SHA-256 digest is kept. A spent token stays, so its reuse is detected.
create table refresh_token (
    id         uuid        primary key,
    session_id uuid        not null references user_session (id) on delete cascade,
    token_hash bytea       not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    spent_at   timestamptz,
    version    bigint      not null
);
create unique index refresh_token_hash on refresh_token (token_hash);
create index refresh_token_session on refresh_token (session_id);

-- Keys made by the server itself in development (production reads them from configuration), kept so that a
-- restart signs nobody out and old codes still verify.
create table server_key (
    name       text        primary key,
    material   text        not null,
    created_at timestamptz not null
);
