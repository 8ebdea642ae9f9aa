// Reading DOT with creation-ordered ids; see CohesionGraphvizShims.h and README.md.
#include "CohesionGraphvizShims.h"

#include <stdlib.h>
#include <string.h>

Agnode_t *cohesion_agtail(Agedge_t *e) { return agtail(e); }
Agnode_t *cohesion_aghead(Agedge_t *e) { return aghead(e); }

// MARK: Reading DOT with creation-ordered ids
//
// cgraph's default id discipline uses the address of a name's interned string as the object's
// id, and keeps subgraphs in id order. In a long-lived process those addresses depend on
// earlier allocations, so the order of clusters (and with it the drawing, and with Graphviz
// 2.42's dot, heap corruption in install_in_rank) changes from one render to the next. This
// discipline numbers named objects in the order they are first seen, as a fresh `dot` process
// effectively does, and numbers anonymous objects per graph, so a render depends only on its
// input.

typedef struct {
    Agraph_t *graph;
    char **names;      // interned names; id of names[i] is 2 * (i + 1)
    size_t count;
    size_t capacity;
    size_t *slots;     // open-addressing table of index + 1 by name address
    size_t slot_count;
    IDTYPE anonymous;  // next odd id
} cohesion_gv_ids;

static size_t cohesion_gv_ids_hash(const char *p, size_t n) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33; x *= 0xff51afd7ed558ccdULL; x ^= x >> 33;
    return (size_t)(x & (n - 1));
}

static long cohesion_gv_ids_find(cohesion_gv_ids *ids, const char *name) {
    if (ids->slot_count == 0) return -1;
    size_t h = cohesion_gv_ids_hash(name, ids->slot_count);
    while (ids->slots[h] != 0) {
        if (ids->names[ids->slots[h] - 1] == name) return (long)(ids->slots[h] - 1);
        h = (h + 1) & (ids->slot_count - 1);
    }
    return -1;
}

static int cohesion_gv_ids_grow(cohesion_gv_ids *ids) {
    size_t capacity = ids->capacity ? ids->capacity * 2 : 64;
    char **names = (char **)realloc(ids->names, capacity * sizeof(char *));
    if (!names) return 0;
    ids->names = names;
    ids->capacity = capacity;
    size_t slot_count = capacity * 2;
    size_t *slots = (size_t *)calloc(slot_count, sizeof(size_t));
    if (!slots) return 0;
    for (size_t i = 0; i < ids->count; i++) {
        size_t h = cohesion_gv_ids_hash(ids->names[i], slot_count);
        while (slots[h] != 0) h = (h + 1) & (slot_count - 1);
        slots[h] = i + 1;
    }
    free(ids->slots);
    ids->slots = slots;
    ids->slot_count = slot_count;
    return 1;
}

static void *cohesion_gv_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cohesion_gv_ids *ids = (cohesion_gv_ids *)calloc(1, sizeof(cohesion_gv_ids));
    if (ids) { ids->graph = g; ids->anonymous = 1; }
    return ids;
}

static long cohesion_gv_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    cohesion_gv_ids *ids = (cohesion_gv_ids *)state;
    if (!ids) return 0;
    if (str) {
        char *interned = createflag ? agstrdup(ids->graph, str) : agstrbind(ids->graph, str);
        if (!interned) return 0;
        long found = cohesion_gv_ids_find(ids, interned);
        if (found >= 0) {
            if (createflag) agstrfree(ids->graph, interned);   // keep one reference per name
            *id = (IDTYPE)(2 * (found + 1));
            return 1;
        }
        if (!createflag) return 0;
        if (ids->count + 1 > ids->capacity / 2 + ids->capacity / 4 || ids->capacity == 0) {
            if (!cohesion_gv_ids_grow(ids)) return 0;
        }
        ids->names[ids->count] = interned;
        size_t h = cohesion_gv_ids_hash(interned, ids->slot_count);
        while (ids->slots[h] != 0) h = (h + 1) & (ids->slot_count - 1);
        ids->slots[h] = ids->count + 1;
        ids->count += 1;
        *id = (IDTYPE)(2 * ids->count);
        return 1;
    }
    *id = ids->anonymous;
    ids->anonymous += 2;
    return 1;
}

static long cohesion_gv_ids_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

// Names stay interned until the graph closes: an id may be looked up again after its object
// is deleted, and the graph's string dictionary is freed with it.
static void cohesion_gv_ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
}

static char *cohesion_gv_ids_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    cohesion_gv_ids *ids = (cohesion_gv_ids *)state;
    if (!ids || id % 2 != 0 || id == 0) return NULL;
    size_t index = (size_t)(id / 2 - 1);
    return index < ids->count ? ids->names[index] : NULL;
}

static void cohesion_gv_ids_close(void *state) {
    cohesion_gv_ids *ids = (cohesion_gv_ids *)state;
    if (!ids) return;
    free(ids->names);
    free(ids->slots);
    free(ids);
}

static void cohesion_gv_ids_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

typedef struct { const char *data; size_t length; size_t position; } cohesion_gv_reader;

// Hands cgraph's lexer one line at a time, as agmemread does.
static int cohesion_gv_read(void *chan, char *buf, int bufsize) {
    cohesion_gv_reader *reader = (cohesion_gv_reader *)chan;
    if (bufsize <= 0 || reader->position >= reader->length) return 0;
    int n = 0;
    char c;
    do {
        c = reader->data[reader->position++];
        buf[n++] = c;
    } while (c != '\n' && n < bufsize && reader->position < reader->length);
    return n;
}

Agraph_t *cohesion_gv_read_dot(const char *text, size_t length) {
    static Agiddisc_t id_discipline;
    static Agiodisc_t io_discipline;
    static Agdisc_t discipline;
    id_discipline.open = cohesion_gv_ids_open;
    id_discipline.map = cohesion_gv_ids_map;
    id_discipline.alloc = cohesion_gv_ids_alloc;
    id_discipline.free = cohesion_gv_ids_free;
    id_discipline.print = cohesion_gv_ids_print;
    id_discipline.close = cohesion_gv_ids_close;
    id_discipline.idregister = cohesion_gv_ids_register;
    io_discipline.afread = cohesion_gv_read;
    io_discipline.putstr = AgIoDisc.putstr;
    io_discipline.flush = AgIoDisc.flush;
    discipline.mem = &AgMemDisc;
    discipline.id = &id_discipline;
    discipline.io = &io_discipline;
    cohesion_gv_reader reader = {text, length, 0};
    return agread(&reader, &discipline);
}

