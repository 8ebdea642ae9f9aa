// CohesionGraphvizShims: the little C that CohesionGraphviz needs around libgvc.
//
// Three things Swift cannot do, or cannot do safely, on its own (see README.md):
//   1. cgraph's edge-end macros as functions, and two libcgraph symbols its headers omit;
//   2. reading DOT with an id discipline that numbers objects in creation order, so a render
//      depends only on its input (ids.c);
//   3. the render worker: a process of our own executable, started with posix_spawn, that
//      reads requests from a socket and lays out and renders each in a child it forks (it has
//      one thread, so it may), and the parent's side of that exchange (worker.c).
// Nothing here is called concurrently: the caller holds Graphviz's serial executor.
#ifndef COHESION_GRAPHVIZ_SHIMS_H
#define COHESION_GRAPHVIZ_SHIMS_H

#include <gvc.h>
#include <cgraph.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

// Resets cgraph's lexer after a syntax error (exported by libcgraph, not declared in its headers).
extern void aglexbad(void);
// Names the input in cgraph's messages and restarts its line count (exported, not declared).
extern void agsetfile(char *);

// agtail and aghead are macros; Swift needs functions.
Agnode_t *cohesion_agtail(Agedge_t *e);
Agnode_t *cohesion_aghead(Agedge_t *e);

/// Parses DOT text like agmemread, numbering named objects in the order they are first seen.
Agraph_t *cohesion_gv_read_dot(const char *text, size_t length);

/// The environment variable that turns a process of this executable into a render worker.
#define COHESION_GV_WORKER_VARIABLE "COHESION_GRAPHVIZ_WORKER"
/// The plugin libraries the worker loads: lines of `name=path`.
#define COHESION_GV_PLUGINS_VARIABLE "COHESION_GRAPHVIZ_PLUGINS"

/// Starts a render worker: this process's own executable, re-run with the worker variable set,
/// so it becomes a worker in a constructor before its `main` (and before any thread) runs.
/// `plugins` is the plugin list (`name=path` lines). Returns 0 and the worker's pid and the
/// parent's end of a socket, or an errno value.
int cohesion_gv_worker_start(const char *plugins, pid_t *pid, int *fd);

/// What a worker answered.
typedef struct {
    /// 0 rendered, 1 layout failed, 2 render failed, 3 the DOT did not parse, 4 no context,
    /// 5 the layout process crashed.
    unsigned char status;
    char *messages;
    size_t messages_length;
    char *data;
    size_t data_length;
} cohesion_gv_response;

/// Outcomes of an exchange.
enum {
    COHESION_GV_EXCHANGE_OK = 0,
    COHESION_GV_EXCHANGE_TIMED_OUT = 1,
    COHESION_GV_EXCHANGE_WORKER_GONE = 2,
    COHESION_GV_EXCHANGE_SYSTEM = 3,
};

/// Sends one request (engine, Graphviz format name, DOT text) and reads the answer, waiting at
/// most `timeout_ms` milliseconds in all (negative: no limit). On success the caller frees the
/// response with cohesion_gv_response_free.
int cohesion_gv_worker_exchange(int fd, const char *engine, const char *format, const char *dot,
                                size_t dot_length, int64_t timeout_ms, cohesion_gv_response *response);

/// Frees what an exchange allocated.
void cohesion_gv_response_free(cohesion_gv_response *response);

/// Stops a worker: closes the socket, kills the process and reaps it. Returns its wait status.
int cohesion_gv_worker_stop(pid_t pid, int fd);

#endif
