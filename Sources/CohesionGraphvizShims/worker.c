// The render worker and the parent's side of the exchange; see CohesionGraphvizShims.h and
// README.md for why layouts run in a process of their own.
//
// Protocol over one stream socket (the worker's descriptor 3), request then answer, in turn:
//   request: "CGV1", u32 engine length, u32 format length, u64 DOT length, then the three texts;
//   answer:  u8 status, u32 messages length, u64 data length, then the messages and the data.
// Integers are little-endian. The worker exits when the socket closes.
#define _GNU_SOURCE
#include "CohesionGraphvizShims.h"

#include <gvplugin.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <time.h>
#include <unistd.h>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

extern char **environ;

#define WORKER_FD 3

// MARK: Byte order and whole reads and writes

static void put32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}
static void put64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}
static uint32_t get32(const unsigned char *p) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint32_t)p[i] << (8 * i);
    return v;
}
static uint64_t get64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static int64_t now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

#ifdef MSG_NOSIGNAL
#define SEND_FLAGS MSG_NOSIGNAL
#else
#define SEND_FLAGS 0
#endif

// Writes everything; 0 on success, -1 when the peer is gone or on an error.
static int write_all(int fd, const void *bytes, size_t length) {
    const char *p = (const char *)bytes;
    while (length > 0) {
        ssize_t k = send(fd, p, length, SEND_FLAGS);
        if (k < 0 && errno == ENOTSOCK) k = write(fd, p, length);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return -1;
        p += k;
        length -= (size_t)k;
    }
    return 0;
}

// Reads exactly `length` bytes before `deadline` (negative: none). 0 done, 1 timed out,
// 2 end of file or error.
static int read_all(int fd, void *bytes, size_t length, int64_t deadline) {
    char *p = (char *)bytes;
    while (length > 0) {
        if (deadline >= 0) {
            int64_t left = deadline - now_ms();
            if (left <= 0) return 1;
            struct pollfd descriptor = {fd, POLLIN, 0};
            int ready = poll(&descriptor, 1, left > 60000 ? 60000 : (int)left);
            if (ready < 0 && errno != EINTR) return 2;
            if (ready <= 0) continue;
        }
        ssize_t k = read(fd, p, length);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return 2;
        p += k;
        length -= (size_t)k;
    }
    return 0;
}

// MARK: The worker

typedef struct {
    char *text;
    size_t length;
    size_t capacity;
} message_buffer;

static message_buffer worker_messages;

static int collect_message(char *message) {
    size_t n = strlen(message);
    // Graphviz can repeat a warning per node; keep the first 64 KiB.
    if (worker_messages.length + n > 65536) return 0;
    if (worker_messages.length + n + 1 > worker_messages.capacity) {
        size_t capacity = (worker_messages.length + n + 1) * 2;
        char *grown = (char *)realloc(worker_messages.text, capacity);
        if (!grown) return 0;
        worker_messages.text = grown;
        worker_messages.capacity = capacity;
    }
    memcpy(worker_messages.text + worker_messages.length, message, n);
    worker_messages.length += n;
    return 0;
}

// Loads the plugin libraries named in the environment and creates the context with them.
static GVC_t *worker_context(void) {
    const char *list = getenv(COHESION_GV_PLUGINS_VARIABLE);
    if (!list) return NULL;
    lt_symlist_t *table = (lt_symlist_t *)calloc(17, sizeof(lt_symlist_t));
    if (!table) return NULL;
    int count = 0;
    char *copy = strdup(list);
    if (!copy) return NULL;
    for (char *line = strtok(copy, "\n"); line && count < 16; line = strtok(NULL, "\n")) {
        char *equals = strchr(line, '=');
        if (!equals) continue;
        *equals = 0;
        void *handle = dlopen(equals + 1, RTLD_NOW | RTLD_LOCAL);
        if (!handle) continue;
        char symbol[256];
        snprintf(symbol, sizeof symbol, "gvplugin_%s_LTX_library", line);
        void *address = dlsym(handle, symbol);
        if (!address) continue;
        table[count].name = strdup(symbol);
        table[count].address = address;
        count += 1;
    }
    free(copy);
    return gvContextPlugins(table, 0);
}

// Writes an answer (status, the messages collected, data) to `fd`.
static int answer(int fd, unsigned char status, const char *data, size_t data_length) {
    unsigned char header[13];
    header[0] = status;
    put32(header + 1, (uint32_t)worker_messages.length);
    put64(header + 5, (uint64_t)data_length);
    if (write_all(fd, header, sizeof header) != 0) return -1;
    if (worker_messages.length && write_all(fd, worker_messages.text, worker_messages.length) != 0) return -1;
    if (data_length && write_all(fd, data, data_length) != 0) return -1;
    return 0;
}

// In the layout process: parses, lays out, renders and writes the answer to `fd`.
static int lay_out(GVC_t *gvc, const char *engine, const char *format, const char *dot, size_t dot_length, int fd) {
    worker_messages.length = 0;
    agseterrf(collect_message);
    agseterr(AGWARN);
    agreseterrors();
    aglexbad();
    Agraph_t *g = cohesion_gv_read_dot(dot, dot_length);
    if (!g) return answer(fd, 3, NULL, 0);
    if (gvLayout(gvc, g, engine) != 0) return answer(fd, 1, NULL, 0);
    char *data = NULL;
    unsigned int length = 0;
    if (gvRenderData(gvc, g, format, &data, &length) != 0 || !data) return answer(fd, 2, NULL, 0);
    return answer(fd, 0, data, length);
}

// Lays out and renders a one-node graph once, so that pango, fontconfig and cairo are
// initialised in the worker rather than again in every layout process.
static void warm_up(GVC_t *gvc) {
    worker_messages.length = 0;
    agseterrf(collect_message);
    const char *text = "digraph warmup { a [label=\"Warm up\"] }";
    Agraph_t *g = cohesion_gv_read_dot(text, strlen(text));
    if (!g) return;
    if (gvLayout(gvc, g, "dot") == 0) {
        const char *formats[] = {"svg:svg:core", "png:cairo"};
        for (int i = 0; i < 2; i++) {
            char *data = NULL;
            unsigned int length = 0;
            if (gvRenderData(gvc, g, formats[i], &data, &length) == 0 && data) gvFreeRenderData(data);
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    agreseterrors();
}

static int send_answer_bytes(const char *bytes, size_t length) {
    return write_all(WORKER_FD, bytes, length);
}

// The worker has one thread, so it may fork: each layout runs in a child of the worker, which
// starts from the worker's pristine state (Graphviz's dot accumulates state across layouts in
// one process and corrupts its heap after some tens of them), and writes its answer to a pipe
// that the worker relays, so a layout that crashes cannot leave half an answer on the socket.
static int worker_main(void) {
    signal(SIGPIPE, SIG_IGN);
    // Descriptors the parent left open for other purposes must not be kept alive here (a
    // pipe's write end held by the worker would keep its reader from ever seeing the end).
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    closefrom(WORKER_FD + 1);
#else
    int max = (int)sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = WORKER_FD + 1; fd < max; fd++) close(fd);
#endif
    GVC_t *gvc = worker_context();
    if (gvc) warm_up(gvc);
    for (;;) {
        unsigned char header[20];
        if (read_all(WORKER_FD, header, sizeof header, -1) != 0) return 0;
        if (memcmp(header, "CGV1", 4) != 0) return 2;
        uint32_t engine_length = get32(header + 4), format_length = get32(header + 8);
        uint64_t dot_length = get64(header + 12);
        if (engine_length > 64 || format_length > 64 || dot_length > ((uint64_t)1 << 34)) return 2;
        char engine[65], format[65];
        char *dot = (char *)malloc((size_t)dot_length + 1);
        if (!dot) return 3;
        if (read_all(WORKER_FD, engine, engine_length, -1) || read_all(WORKER_FD, format, format_length, -1)
            || read_all(WORKER_FD, dot, (size_t)dot_length, -1)) return 0;
        engine[engine_length] = 0;
        format[format_length] = 0;
        dot[dot_length] = 0;

        worker_messages.length = 0;
        if (!gvc) {
            collect_message("the render worker could not load Graphviz's plugins");
            if (answer(WORKER_FD, 4, NULL, 0)) return 0;
            free(dot);
            continue;
        }
        int fds[2];
        if (pipe(fds) != 0) return 3;
        pid_t child = fork();
        if (child < 0) return 3;
        if (child == 0) {
            close(fds[0]);
            close(WORKER_FD);
#ifdef __linux__
            // A layout outlives no worker (the parent kills the worker to enforce a time limit).
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() == 1) _exit(4);
#endif
            _exit(lay_out(gvc, engine, format, dot, (size_t)dot_length, fds[1]) ? 3 : 0);
        }
        close(fds[1]);
        free(dot);
        // Relay the answer as it comes; a layout that dies before it has written it all is
        // reported as a crash.
        size_t capacity = 1 << 16, length = 0;
        char *buffer = (char *)malloc(capacity);
        if (!buffer) return 3;
        for (;;) {
            if (length == capacity) {
                char *grown = (char *)realloc(buffer, capacity * 2);
                if (!grown) return 3;
                buffer = grown;
                capacity *= 2;
            }
            ssize_t k = read(fds[0], buffer + length, capacity - length);
            if (k < 0 && errno == EINTR) continue;
            if (k <= 0) break;
            length += (size_t)k;
        }
        close(fds[0]);
        int status = 0;
        while (waitpid(child, &status, 0) < 0 && errno == EINTR) {}
        int complete = length >= 13;
        if (complete) {
            uint64_t expected = 13 + (uint64_t)get32((unsigned char *)buffer + 1) + get64((unsigned char *)buffer + 5);
            complete = expected == length;
        }
        int failed;
        if (complete && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            failed = send_answer_bytes(buffer, length);
        } else {
            char text[160];
            if (WIFSIGNALED(status)) {
                snprintf(text, sizeof text, "the layout process was stopped by signal %d (%s)", WTERMSIG(status),
                         strsignal(WTERMSIG(status)));
            } else {
                snprintf(text, sizeof text, "the layout process ended without a whole answer (exit status %d)",
                         WIFEXITED(status) ? WEXITSTATUS(status) : -1);
            }
            worker_messages.length = 0;
            collect_message(text);
            failed = answer(WORKER_FD, 5, NULL, 0);
        }
        free(buffer);
        if (failed) return 0;
    }
}

// Runs before `main` in every process that links this target; only a process started as a
// worker (the variable set to 1) goes further, and it never returns to `main`.
__attribute__((constructor)) static void cohesion_gv_worker_entry(void) {
    const char *flag = getenv(COHESION_GV_WORKER_VARIABLE);
    if (!flag || strcmp(flag, "1") != 0) return;
    _exit(worker_main());
}

// MARK: The parent's side

static int executable_path(char *buffer, size_t size) {
#ifdef __APPLE__
    uint32_t length = (uint32_t)size;
    return _NSGetExecutablePath(buffer, &length) == 0 ? 0 : ENAMETOOLONG;
#else
    // The kernel resolves /proc/self/exe in the new process, which is this executable.
    if (size < 15) return ENAMETOOLONG;
    strcpy(buffer, "/proc/self/exe");
    return 0;
#endif
}

int cohesion_gv_worker_start(const char *plugins, pid_t *pid, int *fd) {
    char path[4096];
    int error = executable_path(path, sizeof path);
    if (error) return error;
    int pair[2];
#ifdef SOCK_CLOEXEC
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) return errno;
#else
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) return errno;
    fcntl(pair[0], F_SETFD, FD_CLOEXEC);
    fcntl(pair[1], F_SETFD, FD_CLOEXEC);
#endif
#ifdef SO_NOSIGPIPE
    int on = 1;
    setsockopt(pair[0], SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    // The environment: this process's, without earlier worker settings, plus the worker's.
    size_t count = 0;
    while (environ && environ[count]) count++;
    char **environment = (char **)calloc(count + 3, sizeof(char *));
    char *plugin_setting = (char *)malloc(strlen(COHESION_GV_PLUGINS_VARIABLE) + strlen(plugins) + 2);
    if (!environment || !plugin_setting) {
        free(environment);
        free(plugin_setting);
        close(pair[0]);
        close(pair[1]);
        return ENOMEM;
    }
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        if (strncmp(environ[i], "COHESION_GRAPHVIZ_", 18) == 0) continue;
        environment[n++] = environ[i];
    }
    sprintf(plugin_setting, "%s=%s", COHESION_GV_PLUGINS_VARIABLE, plugins);
    environment[n++] = COHESION_GV_WORKER_VARIABLE "=1";
    environment[n++] = plugin_setting;
    environment[n] = NULL;

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attributes);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pair[1], WORKER_FD);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    char *arguments[] = {"cohesion-graphviz-worker", NULL};
    pid_t child = 0;
    error = posix_spawn(&child, path, &actions, &attributes, arguments, environment);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    free(environment);
    free(plugin_setting);
    close(pair[1]);
    if (error) {
        close(pair[0]);
        return error;
    }
    *pid = child;
    *fd = pair[0];
    return 0;
}

int cohesion_gv_worker_exchange(int fd, const char *engine, const char *format, const char *dot,
                                size_t dot_length, int64_t timeout_ms, cohesion_gv_response *response) {
    memset(response, 0, sizeof *response);
    int64_t deadline = timeout_ms < 0 ? -1 : now_ms() + timeout_ms;
    size_t engine_length = strlen(engine), format_length = strlen(format);
    if (engine_length > 64 || format_length > 64) return COHESION_GV_EXCHANGE_SYSTEM;
    unsigned char header[20];
    memcpy(header, "CGV1", 4);
    put32(header + 4, (uint32_t)engine_length);
    put32(header + 8, (uint32_t)format_length);
    put64(header + 12, (uint64_t)dot_length);
    // The worker reads a request whole before it works, so these writes do not wait on it.
    if (write_all(fd, header, sizeof header) || write_all(fd, engine, engine_length)
        || write_all(fd, format, format_length) || write_all(fd, dot, dot_length)) {
        return COHESION_GV_EXCHANGE_WORKER_GONE;
    }
    unsigned char answer_header[13];
    int outcome = read_all(fd, answer_header, sizeof answer_header, deadline);
    if (outcome == 1) return COHESION_GV_EXCHANGE_TIMED_OUT;
    if (outcome) return COHESION_GV_EXCHANGE_WORKER_GONE;
    uint32_t messages_length = get32(answer_header + 1);
    uint64_t data_length = get64(answer_header + 5);
    if (messages_length > (1u << 20) || data_length > ((uint64_t)1 << 34)) return COHESION_GV_EXCHANGE_SYSTEM;
    response->status = answer_header[0];
    response->messages = (char *)malloc(messages_length + 1);
    response->data = (char *)malloc((size_t)data_length + 1);
    if (!response->messages || !response->data) {
        cohesion_gv_response_free(response);
        return COHESION_GV_EXCHANGE_SYSTEM;
    }
    outcome = read_all(fd, response->messages, messages_length, deadline);
    if (!outcome) outcome = read_all(fd, response->data, (size_t)data_length, deadline);
    if (outcome) {
        cohesion_gv_response_free(response);
        return outcome == 1 ? COHESION_GV_EXCHANGE_TIMED_OUT : COHESION_GV_EXCHANGE_WORKER_GONE;
    }
    response->messages[messages_length] = 0;
    response->messages_length = messages_length;
    response->data_length = (size_t)data_length;
    return COHESION_GV_EXCHANGE_OK;
}

void cohesion_gv_response_free(cohesion_gv_response *response) {
    free(response->messages);
    free(response->data);
    response->messages = NULL;
    response->data = NULL;
}

int cohesion_gv_worker_stop(pid_t pid, int fd) {
    close(fd);
    // The worker leads its own process group: this stops a layout running under it too.
    kill(-pid, SIGKILL);
    kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return status;
}
