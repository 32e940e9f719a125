/* A stand-in for compiler output: defines golift.main and calls the runtime
 * entry points of rt/ABI.md the way compiled Go code does. The mode is taken
 * from the RT_TEST_MODE environment variable; rt/tests/link.rs runs each mode
 * and checks the output. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct { const char *ptr; size_t len; } GoString;
typedef struct { void *ptr; intptr_t len, cap; } Slice;
typedef struct { int64_t rune; size_t next; } RuneAndNext;
typedef struct {
	uint64_t size, ptrdata;
	uint32_t hash;
	uint8_t tflag, align, field_align, kind;
	void *equal, *gcdata;
	int32_t str, ptr_to_this;
} Type;
typedef struct { uintptr_t lo, hi, stackguard0, unwinding; } G;
typedef struct { void *code, *fn; const void *typ; } FuncVal3;
typedef struct {
	Type typ;
	const void *key, *elem, *group, *hasher;
	uint64_t group_size, keys_off, key_stride, elems_off, elem_stride, elem_off;
	uint32_t flags;
} MapType;
typedef struct { void *elem; uint8_t ok; } ElemOk;
typedef struct { const void *typ; void *data; } Eface;
typedef struct { void *key, *elem; uint64_t rest[9]; } Hiter;

void printlock(void) __asm__("runtime.printlock");
void printunlock(void) __asm__("runtime.printunlock");
void printbool(uint8_t) __asm__("runtime.printbool");
void printint(int64_t) __asm__("runtime.printint");
void printuint(uint64_t) __asm__("runtime.printuint");
void printhex(uint64_t) __asm__("runtime.printhex");
void printfloat(double) __asm__("runtime.printfloat");
void printfloat32(float) __asm__("runtime.printfloat32");
void printcomplex(double, double) __asm__("runtime.printcomplex");
void printstring(const char *, size_t) __asm__("runtime.printstring");
void printpointer(void *) __asm__("runtime.printpointer");
void printslice(void *, intptr_t, intptr_t) __asm__("runtime.printslice");
void printsp(void) __asm__("runtime.printsp");
void printnl(void) __asm__("runtime.printnl");
void *mallocgc(size_t, const Type *, uint8_t) __asm__("runtime.mallocgc");
void *newobject(const Type *) __asm__("runtime.newobject");
void makeslice(Slice *, const Type *, intptr_t, intptr_t) __asm__("runtime.makeslice");
void growslice(Slice *, void *, intptr_t, intptr_t, intptr_t, const Type *) __asm__("runtime.growslice");
GoString concatstrings(const GoString *, size_t) __asm__("runtime.concatstrings");
GoString intstring(int64_t) __asm__("runtime.intstring");
RuneAndNext decoderune(const char *, size_t, size_t) __asm__("runtime.decoderune");
void stringtoslicebyte(Slice *, const char *, size_t) __asm__("runtime.stringtoslicebyte");
void panicBounds(uint8_t, int64_t, int64_t, uint8_t) __asm__("runtime.panicBounds");
void panicdivide(void) __asm__("runtime.panicdivide");
void panicstring(const char *, size_t) __asm__("runtime.panicstring");
void gopanic(const Type *, void *) __asm__("runtime.gopanic");
void morestack(void) __asm__("runtime.morestack");
void golift_main(void) __asm__("golift.main");
void enableunwind(void) __asm__("runtime.enableunwind");
void deferstep(uintptr_t) __asm__("runtime.deferstep");
uint8_t deferexit(uintptr_t) __asm__("runtime.deferexit");
Eface gorecover(uintptr_t) __asm__("runtime.gorecover");
void *makemap_small(void) __asm__("runtime.makemap_small");
void *mapassign_fast64(const MapType *, void *, uint64_t) __asm__("runtime.mapassign_fast64");
ElemOk mapaccess2_fast64(const MapType *, void *, uint64_t) __asm__("runtime.mapaccess2_fast64");
void mapdelete_fast64(const MapType *, void *, uint64_t) __asm__("runtime.mapdelete_fast64");
void mapiterinit(const MapType *, void *, Hiter *) __asm__("runtime.mapiterinit");
void mapiternext(Hiter *) __asm__("runtime.mapiternext");
int64_t maplen(void *) __asm__("runtime.maplen");
extern char memequal64[] __asm__("runtime.memequal64");
extern char memhash64[] __asm__("runtime.memhash64");

static const Type int_type = {8, 0, 0, 0, 8, 8, 2, 0, 0, 0, 0};

static G *gp;

static void str(const char *s) { printstring(s, strlen(s)); }

/* map[int]int as the compiler describes it (rt/ABI.md, "Type descriptors"):
   equal and hasher are funcvals whose second word is the C function. */
static Type full_int;
static const FuncVal3 int_equal = {0, memequal64, &full_int};
static Type full_int = {8, 0, 0, 0x08 | 0x04, 8, 8, 2, (void *)&int_equal, 0, 0, 0};
static const FuncVal3 int_hasher = {0, memhash64, &full_int};
static MapType int_map = {{8, 8, 0, 0x20, 8, 8, 21, 0, 0, 0, 0},
	&full_int, &full_int, 0, &int_hasher, 8 + 64 + 64 + 8, 8, 8, 72, 8, 0, 1 << 8};

/* 200000 inserts with deletes in between, lookups and a full iteration. */
static void map_mode(void) {
	void *m = makemap_small();
	for (int64_t i = 0; i < 200000; i++) {
		*(int64_t *)mapassign_fast64(&int_map, m, i) = 2 * i;
		if (i % 2) mapdelete_fast64(&int_map, m, i - 1);
	}
	int64_t found = 0, sum = 0, n = 0;
	for (int64_t i = 0; i < 200000; i++) {
		ElemOk r = mapaccess2_fast64(&int_map, m, i);
		if (r.ok) found += *(int64_t *)r.elem == 2 * i;
	}
	Hiter it;
	for (mapiterinit(&int_map, m, &it); it.key; mapiternext(&it)) {
		sum += *(int64_t *)it.key;
		n++;
	}
	printint(maplen(m)); printsp(); printint(found); printsp(); printint(n); printsp();
	printint(sum); printnl();
	mapassign_fast64(&int_map, 0, 1);
}

/* The returning protocol by hand: a frame (fp 0x100) panics "A", its
 * deferred call (called by the exit path, so recover's parent fp is 0x100)
 * recovers and panics "B"; the frame keeps unwinding out of golift.main. */
static void unwind_mode(void) {
	enableunwind();
	panicstring("A", 1);
	if (!gp->unwinding) { str("not unwinding\n"); return; }
	deferstep(0x100);
	Eface r = gorecover(0x200);
	str(r.typ ? "recovered from the wrong frame\n" : "");
	r = gorecover(0x100);
	printstring(((GoString *)r.data)->ptr, 1); printnl();
	panicstring("B", 1);
	deferstep(0x100);
	if (deferexit(0x100) == 0 && gp->unwinding) str("unwinding\n");
}


static void print_mode(void) {
	printlock();
	str("hello"); printsp(); printint(-42); printsp(); printuint(18446744073709551615ull);
	printsp(); printbool(1); printsp(); printhex(255); printsp(); printpointer(0); printnl();
	printfloat(1.5); printsp(); printfloat(1e21); printsp(); printfloat(1e-7); printsp();
	printfloat(100000000.0); printsp(); printfloat(-0.0); printsp(); printfloat32(0.1f);
	printsp(); printfloat(123456789.0); printsp(); printcomplex(1, -2); printnl();
	printunlock();

	/* The main goroutine: pinned register = g, logical stack 2 KiB. */
	str(gp->hi - gp->stackguard0 == 2048 ? "g ok" : "g bad");
	int local;
	str((uintptr_t)&local < gp->hi && (uintptr_t)&local > gp->lo ? "" : " (not on g stack)");
	printnl();

	Slice s = {0, 0, 0};
	intptr_t last = -1;
	for (int64_t i = 0; i < 2000; i++) {
		if (s.len + 1 > s.cap)
			growslice(&s, s.ptr, s.len + 1, s.cap, 1, &int_type);
		else
			s.len++;
		((int64_t *)s.ptr)[s.len - 1] = i;
		if (s.cap != last) { printint(s.cap); printsp(); last = s.cap; }
	}
	int64_t sum = 0;
	for (intptr_t i = 0; i < s.len; i++) sum += ((int64_t *)s.ptr)[i];
	printint(sum); printnl();

	Slice m;
	makeslice(&m, &int_type, 3, 10);
	int64_t *p = newobject(&int_type);
	printint(m.len); printsp(); printint(m.cap); printsp(); printint(*p + ((int64_t *)m.ptr)[9]); printnl();

	GoString parts[3] = {{"ab", 2}, {"", 0}, {"c€", 4}};
	GoString cat = concatstrings(parts, 3);
	GoString r = intstring(0x1F600);
	printstring(cat.ptr, cat.len); printstring(r.ptr, r.len); printsp();
	const char *u = "a\xe2\x82\xac\xff";
	for (size_t k = 0; k < 5;) {
		RuneAndNext d = decoderune(u, 5, k);
		printint(d.rune); printsp();
		k = d.next;
	}
	Slice b;
	stringtoslicebyte(&b, "hello", 5);
	printint(b.len); printsp(); printint(b.cap); printnl();
}

/* A function compiled "by hand" with golift's prologue: the stack check
 * against g.stackguard0 (frames stay under STACK_FRAME_MAX = 16 KiB).
 * Recurses `limit` levels deep, or forever when limit < 0. */
static long recurse(long n, long limit) {
	volatile char frame[12 << 10];
	if ((uintptr_t)__builtin_frame_address(0) - sizeof frame < gp->stackguard0)
		morestack();
	frame[0] = (char)n;
	if (n == limit)
		return 0;
	return recurse(n + 1, limit) + frame[0];
}

/* 1000 frames of 12 KiB: the logical stack grows from 2 KiB to 16 MiB. */
static void deep_mode(void) {
	str(gp->hi - gp->stackguard0 == 2048 ? "start 2048" : "bad start"); printnl();
	printint(recurse(0, 1000)); printsp();
	printint(gp->hi - gp->stackguard0); printnl();
}

/* A frame (fp 0x100) panics with `raise`; its deferred call recovers the
 * value and panics with it again: gc's `[recovered, repanicked]` form. */
static void repanic(void (*raise)(void)) {
	enableunwind();
	raise();
	deferstep(0x100);
	Eface r = gorecover(0x100);
	gopanic(r.typ, r.data);
	deferstep(0x100);
	deferexit(0x100);
}

static void raise_string(void) { panicstring("A", 1); }
static void raise_index(void) { panicBounds(0, 5, 0, 1); }
static void raise_nilmap(void) { mapassign_fast64(&int_map, 0, 1); }

void golift_main(void) {
#if defined(__x86_64__)
	__asm__ volatile("mov %%r15, %0" : "=r"(gp));
#elif defined(__aarch64__)
	__asm__ volatile("mov %0, x21" : "=r"(gp));
#endif
	const char *mode = getenv("RT_TEST_MODE");
	if (!strcmp(mode, "print")) print_mode();
	else if (!strcmp(mode, "deep")) deep_mode();
	else if (!strcmp(mode, "overflow")) printint(recurse(0, -1));
	else if (!strcmp(mode, "index")) { str("before\n"); panicBounds(0, 5, 0, 1); }
	else if (!strcmp(mode, "slice3")) panicBounds(6, -1, 3, 1);
	else if (!strcmp(mode, "divide")) panicdivide();
	else if (!strcmp(mode, "string")) panicstring("line1\nline2", 11);
	else if (!strcmp(mode, "int")) { int64_t v = 42; gopanic(&int_type, &v); }
	else if (!strcmp(mode, "nil")) gopanic(0, 0);
	else if (!strcmp(mode, "nilfault")) printint(*(volatile int64_t *)0x28);
	else if (!strcmp(mode, "fault")) printint(*(volatile int64_t *)0xdead0000);
	else if (!strcmp(mode, "makeslice")) { Slice s; makeslice(&s, &int_type, -1, 0); }
	else if (!strcmp(mode, "map")) map_mode();
	else if (!strcmp(mode, "unwind")) unwind_mode();
	else if (!strcmp(mode, "repanic-string")) repanic(raise_string);
	else if (!strcmp(mode, "repanic-index")) repanic(raise_index);
	else if (!strcmp(mode, "repanic-nilmap")) repanic(raise_nilmap);
}
