// Shared
mod common;

#[cfg(feature = "db-diesel-postgres")]
mod diesel;

#[cfg(any(feature = "db-postgres", feature = "db-tokio-postgres"))]
mod driver;
