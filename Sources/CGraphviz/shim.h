// CGraphviz: the Graphviz C library (libgvc, libcgraph) as a Swift system-library module.
//
// The module has no Swift API of its own; CohesionGraphviz wraps it. Plugins are not linked
// here: CohesionGraphviz loads them explicitly (see Plugins.swift), so the plugin set never
// depends on Graphviz's plugin-configuration file.
//
// The one piece of C below is the child side of a time-limited render. After fork() the child
// may only run code that takes no lock another thread could hold, so it runs entirely in C:
// layout, render, write the result to a pipe, _exit. Nothing here is called concurrently: the
// caller holds Graphviz's process-wide serial executor.
#ifndef COHESION_CGRAPHVIZ_SHIM_H
#define COHESION_CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>
#include <gvplugin.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>

// Resets cgraph's lexer after a syntax error (exported by libcgraph, not declared in its headers).
extern void aglexbad(void);
// Names the input in cgraph's messages and restarts its line count (exported, not declared).
extern void agsetfile(char *);

// agtail and aghead are macros; Swift needs functions.
static inline Agnode_t *cohesion_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cohesion_aghead(Agedge_t *e) { return aghead(e); }

#define COHESION_GV_CHILD_MESSAGES 8192

typedef struct {
    char text[COHESION_GV_CHILD_MESSAGES];
    size_t length;
} cohesion_gv_child_buffer;

// A function-local static: only ever used inside the forked child.
static inline cohesion_gv_child_buffer *cohesion_gv_child_messages(void) {
    static cohesion_gv_child_buffer buffer;
    return &buffer;
}

static inline int cohesion_gv_child_collect(char *message) {
    cohesion_gv_child_buffer *buffer = cohesion_gv_child_messages();
    size_t n = strlen(message);
    size_t room = COHESION_GV_CHILD_MESSAGES - 1 - buffer->length;
    if (n > room) n = room;
    memcpy(buffer->text + buffer->length, message, n);
    buffer->length += n;
    return 0;
}

static inline int cohesion_gv_write_all(int fd, const void *bytes, size_t length) {
    const char *p = (const char *)bytes;
    while (length > 0) {
        ssize_t k = write(fd, p, length);
        if (k < 0) return -1;
        p += k;
        length -= (size_t)k;
    }
    return 0;
}

/// Forks a child that lays out and renders `g`, and returns its pid (or -1) with the read end
/// of a pipe in `*read_fd`. The child writes: one status byte (0 rendered, 1 layout failed,
/// 2 render failed), a 4-byte little-endian length and that many bytes of Graphviz messages,
/// then the rendered bytes until end of file.
static inline pid_t cohesion_gv_fork_render(GVC_t *gvc, Agraph_t *g, const char *engine,
                                            const char *format, int *read_fd) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        signal(SIGPIPE, SIG_IGN);
        cohesion_gv_child_buffer *messages = cohesion_gv_child_messages();
        messages->length = 0;
        agseterrf(cohesion_gv_child_collect);
        agseterr(AGWARN);
        unsigned char status = 0;
        char *data = NULL;
        unsigned int length = 0;
        if (gvLayout(gvc, g, engine) != 0) {
            status = 1;
        } else if (gvRenderData(gvc, g, format, &data, &length) != 0) {
            status = 2;
        }
        uint32_t n = (uint32_t)messages->length;
        unsigned char header[5] = {status, (unsigned char)(n & 0xff), (unsigned char)((n >> 8) & 0xff),
                                   (unsigned char)((n >> 16) & 0xff), (unsigned char)((n >> 24) & 0xff)};
        int failed = cohesion_gv_write_all(fds[1], header, 5);
        if (!failed) failed = cohesion_gv_write_all(fds[1], messages->text, n);
        if (!failed && status == 0 && data != NULL) failed = cohesion_gv_write_all(fds[1], data, length);
        close(fds[1]);
        _exit(failed ? 3 : 0);
    }
    close(fds[1]);
    *read_fd = fds[0];
    return pid;
}

#endif
