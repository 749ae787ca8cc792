// The package ships no types; its API is better-sqlite3's (same major version).
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3'
  export = Database
}
