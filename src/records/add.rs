//! `claimcheck sources add`: archive a document and write its source record.
