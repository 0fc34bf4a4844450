#pragma once

// Turns SIGTERM, SIGINT and SIGHUP (logout, `kill`, Ctrl+C in a terminal) into a normal quit, so the
// workspace is closed cleanly instead of looking like a crash the next time it is opened.
void quitOnTerminationSignals();
// True once such a signal arrived: code between event loops (a dialog before the main window)
// checks it and returns instead of going on.
bool terminationRequested();
