/* A stand-in for compiled Go code that drives the runtime's semaphores,
 * notify lists and timers with real goroutines on the scheduler: defines
 * golift.main, starts goroutines with runtime.newproc (a goroutine runs a
 * C function taking its funcval) and calls the blocking entries through
 * their park stubs, as compiled code does. Built with the pinned g register
 * reserved (-ffixed-r15 / -ffixed-x21). The mode comes from RT_TEST_MODE;
 * rt/tests/sema.rs runs each mode and checks the output. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "goroutines.h"

typedef struct { uint32_t wait, notify; uintptr_t lock; void *head, *tail; } NotifyList;
typedef struct { int64_t sec, nsec; } WallTime;

void semacquire1(uint32_t *addr, uint8_t lifo, uint8_t reason) __asm__("runtime.semacquire1");
uint32_t notifyListAdd(NotifyList *l) __asm__("runtime.notifyListAdd");
void notifyListWait(NotifyList *l, uint32_t t) __asm__("runtime.notifyListWait");
void notifyListNotifyOne(NotifyList *l) __asm__("runtime.notifyListNotifyOne");
void notifyListNotifyAll(NotifyList *l) __asm__("runtime.notifyListNotifyAll");
WallTime walltime(void) __asm__("runtime.walltime");
void procyield(uint32_t cycles) __asm__("runtime.procyield");
void osyield(void) __asm__("runtime.osyield");

enum { WORKERS = 8, ROUNDS = 2000 };

static uint32_t mu = 1, done, step;
static int64_t counter;

/* Semaphore as a mutex: the unsynchronised counter loses no update. Some
 * rounds sleep or yield while holding it, so others queue on it. */
static void mutex_worker(Fv *fv) {
	for (int i = 0; i < ROUNDS; i++) {
		semacquire1(&mu, i % 3 == 0, 1);
		int64_t v = counter;
		if (i % 100 == 0) timeSleep(20000);
		else if (i % 7 == 0) procyield(10);
		else if (i % 11 == 0) osyield();
		counter = v + 1;
		semrelease(&mu, i % 2);
	}
	semrelease(&done, 0);
}

static void mutex_mode(void) {
	for (int i = 0; i < WORKERS; i++) go(mutex_worker, i);
	for (int i = 0; i < WORKERS; i++) semacquire(&done, 0);
	printint(counter);
	printnl();
}

static NotifyList cond;
static int64_t woken[WORKERS], nwoken;

static void cond_worker(Fv *fv) {
	semacquire(&mu, 0);
	uint32_t t = notifyListAdd(&cond);
	semrelease(&mu, 0);
	semrelease(&step, 0);
	notifyListWait(&cond, t);
	semacquire(&mu, 0);
	woken[nwoken++] = t;
	semrelease(&mu, 0);
	semrelease(&done, 0);
}

/* Tickets: NotifyOne wakes the oldest ticket; a ticket notified before its
 * wait does not block; NotifyAll wakes the rest. */
static void cond_mode(void) {
	uint32_t t = notifyListAdd(&cond);
	notifyListNotifyOne(&cond);
	notifyListWait(&cond, t);
	str("early notify returns\n");
	for (int i = 0; i < WORKERS; i++) go(cond_worker, i);
	for (int i = 0; i < WORKERS; i++) semacquire(&step, 0);
	for (int i = 0; i < 3; i++) {
		notifyListNotifyOne(&cond);
		while (1) {
			semacquire(&mu, 0);
			int64_t n = nwoken;
			semrelease(&mu, 0);
			if (n > i) break;
			timeSleep(100000);
		}
	}
	notifyListNotifyAll(&cond);
	for (int i = 0; i < WORKERS; i++) semacquire(&done, 0);
	for (int i = 0; i < 3; i++) { printint(woken[i]); str(" "); }
	printint(nwoken);
	printnl();
}

/* Hand-off (GOMAXPROCS=1): with it, the woken waiter runs before the
 * releaser continues; without, after. */
static uint32_t sem, ready;

static void handoff_worker(Fv *fv) {
	semrelease(&ready, 0);
	semacquire(&sem, 0);
	str("waiter\n");
	semrelease(&done, 0);
}

static void handoff_mode(int handoff) {
	go(handoff_worker, 0);
	semacquire(&ready, 0);
	semrelease(&sem, handoff);
	str("releaser\n");
	semacquire(&done, 0);
	printint(sem);
	printnl();
}

enum { SLEEPERS = 20 };
static int64_t start, late[SLEEPERS];

static void sleeper(Fv *fv) {
	int64_t d = (fv->id + 1) * 3000000;
	timeSleep(d);
	late[fv->id] = nanotime() - (start + d);
	semrelease(&done, 0);
}

/* Sleepers wake no earlier than asked; the whole run takes about the
 * longest sleep. */
static void sleep_mode(void) {
	start = nanotime();
	for (int i = 0; i < SLEEPERS; i++) go(sleeper, i);
	for (int i = 0; i < SLEEPERS; i++) semacquire(&done, 0);
	int early = 0;
	for (int i = 0; i < SLEEPERS; i++) early += late[i] < 0;
	int64_t total = nanotime() - start;
	printint(early);
	str(total >= SLEEPERS * 3000000 && total < 2000000000 ? " in time\n" : " wrong time\n");
}

/* A second of sleep costs (almost) no CPU time: idle Ms wait on a futex. */
static void sleepcpu_mode(void) {
	WallTime w0 = walltime();
	timeSleep(1000000000);
	WallTime w1 = walltime();
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	int64_t cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 +
		ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
	int64_t wall_ms = (w1.sec - w0.sec) * 1000 + (w1.nsec - w0.nsec) / 1000000;
	str(wall_ms >= 1000 && wall_ms < 3000 ? "slept " : "wrong wall time ");
	printint(cpu_us);
	printnl();
}

static void nap(Fv *fv) {
	timeSleep(50000000);
	str("woke\n");
}

void golift_main(void) {
	const char *mode = getenv("RT_TEST_MODE");
	if (!strcmp(mode, "mutex")) mutex_mode();
	else if (!strcmp(mode, "cond")) cond_mode();
	else if (!strcmp(mode, "handoff")) handoff_mode(1);
	else if (!strcmp(mode, "nohandoff")) handoff_mode(0);
	else if (!strcmp(mode, "sleep")) sleep_mode();
	else if (!strcmp(mode, "sleepcpu")) sleepcpu_mode();
	else if (!strcmp(mode, "mutexdeadlock")) { uint32_t z = 0; semacquire1(&z, 0, 1); }
	else if (!strcmp(mode, "sleepthendeadlock")) { uint32_t z = 0; go(nap, 0); semacquire(&z, 0); }
}
