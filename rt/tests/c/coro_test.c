/* A stand-in for compiled Go code that drives the runtime's coroutines
 * (iter.Pull's corocreate/coroswitch/coroexit) with real goroutines: the
 * coroutine's goroutine runs a C function taking its funcval, and the
 * switches go through the park stub, as compiled code makes them. Built
 * with the pinned g register reserved. The mode comes from RT_TEST_MODE;
 * rt/tests/coro.rs runs each mode and checks the output. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "goroutines.h"

/* The leading fields of golift's runtime.coro (rt's Coro). */
typedef struct { void *gp, *mp; uint32_t lockedExt; } Coro;

void corocreate(Coro *c, void *fv) __asm__("runtime.corocreate");
void coroswitch(Coro *c) __asm__("runtime.coroswitch");
void coroexit(Coro *c) __asm__("runtime.coroexit");
int64_t NumGoroutine(void) __asm__("runtime.NumGoroutine");

enum { TURNS = 100000, SWITCHERS = 6, PER_SWITCHER = 5000, PAIRS = 8 };

/* A coroutine with its own count of turns; fv->id is how many turns its
 * body takes before it ends. */
typedef struct { Fv fv; Coro co; int64_t turns; } Counter;

static void counter_body(Fv *fv) {
	Counter *k = (Counter *)fv;
	for (int64_t i = 0; i < fv->id; i++) {
		k->turns++;
		coroswitch(&k->co);
	}
	coroexit(&k->co);
}

static Counter *counter(int64_t turns) {
	Counter *k = calloc(1, sizeof *k);
	k->fv.fn = counter_body;
	k->fv.id = turns;
	corocreate(&k->co, k);
	return k;
}

static void num(const char *label, int64_t v) {
	str(label);
	printint(v);
	printnl();
}

/* Main and a coroutine take turns; the body runs only between switches. */
static void pingpong_mode(void) {
	int64_t base = NumGoroutine();
	Counter *k = counter(TURNS);
	num("goroutines ", NumGoroutine() - base);
	int64_t bad = 0;
	for (int64_t i = 0; i < TURNS; i++) {
		coroswitch(&k->co);
		bad += k->turns != i + 1;
	}
	coroswitch(&k->co); /* the body ends */
	num("turns ", k->turns);
	num("out of turn ", bad);
	num("goroutines ", NumGoroutine() - base);
}

/* Goroutines take the switching side in turn, one after another, on
 * whatever M runs them. */
static Counter *shared;
static uint32_t baton[SWITCHERS + 1];

static void switcher(Fv *fv) {
	semacquire(&baton[fv->id], 0);
	for (int i = 0; i < PER_SWITCHER; i++) coroswitch(&shared->co);
	semrelease(&baton[fv->id + 1], 0);
}

static void goroutines_mode(void) {
	shared = counter(SWITCHERS * PER_SWITCHER);
	for (int i = 0; i < SWITCHERS; i++) go(switcher, i);
	semrelease(&baton[0], 0);
	semacquire(&baton[SWITCHERS], 0);
	coroswitch(&shared->co);
	num("turns ", shared->turns);
}

/* Independent pairs switch at the same time on several Ps. */
static uint32_t pairs_done;
static int64_t pair_turns[PAIRS];

static void pair(Fv *fv) {
	Counter *k = counter(TURNS / 4 + fv->id);
	while (k->co.gp) coroswitch(&k->co);
	pair_turns[fv->id] = k->turns;
	semrelease(&pairs_done, 0);
}

static void pairs_mode(void) {
	for (int i = 0; i < PAIRS; i++) go(pair, i);
	for (int i = 0; i < PAIRS; i++) semacquire(&pairs_done, 0);
	int64_t sum = 0;
	for (int i = 0; i < PAIRS; i++) sum += pair_turns[i] - i;
	num("turns ", sum);
}

/* The body sleeps and takes a semaphore another goroutine releases: it
 * parks like any goroutine while main stays blocked in the coroutine. */
static uint32_t later;

static void releaser(Fv *fv) {
	timeSleep(2000000);
	semrelease(&later, 0);
}

static Coro blocking_co;

static void blocking_body(Fv *fv) {
	timeSleep(1000000);
	go(releaser, 0);
	semacquire(&later, 0);
	str("body woke\n");
	coroswitch(&blocking_co);
	coroexit(&blocking_co);
}

static void blocking_mode(void) {
	static Fv fv = {blocking_body, 0};
	corocreate(&blocking_co, &fv);
	coroswitch(&blocking_co);
	str("main resumed\n");
	coroswitch(&blocking_co);
	str("ended\n");
}

static void exited_mode(void) {
	Counter *k = counter(0);
	coroswitch(&k->co);
	str("switching again\n");
	coroswitch(&k->co);
}

static void deadlock_mode(void) {
	Counter *k = counter(10);
	coroswitch(&k->co);
	uint32_t z = 0;
	semacquire(&z, 0);
}

static Coro stuck_co;

static void stuck_body(Fv *fv) {
	uint32_t z = 0;
	semacquire(&z, 0);
}

static void deadlockinside_mode(void) {
	static Fv fv = {stuck_body, 0};
	corocreate(&stuck_co, &fv);
	coroswitch(&stuck_co);
}

void golift_main(void) {
	const char *mode = getenv("RT_TEST_MODE");
	if (!strcmp(mode, "pingpong")) pingpong_mode();
	else if (!strcmp(mode, "goroutines")) goroutines_mode();
	else if (!strcmp(mode, "pairs")) pairs_mode();
	else if (!strcmp(mode, "blocking")) blocking_mode();
	else if (!strcmp(mode, "exited")) exited_mode();
	else if (!strcmp(mode, "deadlock")) deadlock_mode();
	else if (!strcmp(mode, "deadlockinside")) deadlockinside_mode();
}
