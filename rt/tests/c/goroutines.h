/* Shared by the C stand-ins that drive the runtime with real goroutines
 * (sema_test.c, netpoll_test.c): the runtime entries both use, printing,
 * and starting a goroutine. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void newproc(void *fv) __asm__("runtime.newproc");
void semacquire(uint32_t *addr, uint8_t lifo) __asm__("runtime.semacquire");
void semrelease(uint32_t *addr, uint8_t handoff) __asm__("runtime.semrelease");
int64_t nanotime(void) __asm__("runtime.nanotime");
void timeSleep(int64_t ns) __asm__("runtime.timeSleep");
void printint(int64_t) __asm__("runtime.printint");
void printstring(const char *, size_t) __asm__("runtime.printstring");
void printnl(void) __asm__("runtime.printnl");
void golift_main(void) __asm__("golift.main");

static void str(const char *s) { printstring(s, strlen(s)); }

/* A goroutine: its funcval is {fn, id}; fn gets the funcval. */
typedef struct Fv { void (*fn)(struct Fv *); int64_t id; } Fv;

static void go(void (*fn)(Fv *), int64_t id) {
	Fv *fv = malloc(sizeof *fv);
	fv->fn = fn;
	fv->id = id;
	newproc(fv);
}
