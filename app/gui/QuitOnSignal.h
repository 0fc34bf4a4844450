#pragma once

// Turns SIGTERM, SIGINT and SIGHUP (logout, `kill`, Ctrl+C in a terminal) into a normal quit, so the
// workspace is closed cleanly instead of looking like a crash the next time it is opened.
void quitOnTerminationSignals();
