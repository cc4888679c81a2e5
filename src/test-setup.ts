// Every unit test gets an in-memory IndexedDB, so store tests run without a browser.
import 'fake-indexeddb/auto';
