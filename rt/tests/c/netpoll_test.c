/* A stand-in for compiled Go code (internal/poll's use of the runtime's
 * poll hooks) that drives the network poller with real goroutines: pipes
 * in non-blocking mode, reads and writes that wait with
 * runtime.netpollWait (through its park stub) on EAGAIN, deadlines,
 * closing. Built with the pinned g register reserved (-ffixed-r15 /
 * -ffixed-x21). The mode comes from RT_TEST_MODE; rt/tests/netpoll.rs runs
 * each mode and checks the output. */
#define _GNU_SOURCE /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "goroutines.h"

typedef struct { uintptr_t pd; intptr_t errno_; } Opened;

void entersyscall(void) __asm__("runtime.entersyscall");
void exitsyscall(void) __asm__("runtime.exitsyscall");

void pollServerInit(void) __asm__("runtime.netpollServerInit");
uint8_t isPollDescriptor(uintptr_t fd) __asm__("runtime.netpollIsPollDescriptor");
Opened pollOpen(uintptr_t fd) __asm__("runtime.netpollOpen");
void pollClose(uintptr_t pd) __asm__("runtime.netpollClose");
intptr_t pollReset(uintptr_t pd, intptr_t mode) __asm__("runtime.netpollReset");
intptr_t pollWait(uintptr_t pd, intptr_t mode) __asm__("runtime.netpollWait");
void pollSetDeadline(uintptr_t pd, int64_t d, intptr_t mode) __asm__("runtime.netpollSetDeadline");
void pollUnblock(uintptr_t pd) __asm__("runtime.netpollUnblock");

static void line(const char *s, int64_t v) { str(s); printint(v); printnl(); }

/* A polled descriptor, as internal/poll's FD holds it. */
typedef struct { int fd; uintptr_t pd; } PFD;

static PFD pfd_open(int fd) {
	Opened o = pollOpen(fd);
	if (o.errno_ != 0) { line("pollOpen errno ", o.errno_); exit(1); }
	return (PFD){fd, o.pd};
}

static void pfd_close(PFD *f) {
	pollUnblock(f->pd);
	pollClose(f->pd);
	close(f->fd);
}

/* A pipe whose two ends are registered with the poller. */
static void pipe_open(PFD *r, PFD *w) {
	int fds[2];
	if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) { str("pipe2 failed\n"); exit(1); }
	*r = pfd_open(fds[0]);
	*w = pfd_open(fds[1]);
}

/* internal/poll's FD.Read: read, and on EAGAIN wait for the poller. The
 * result is the count, or -(poll error code) - 100. */
static intptr_t pread_(PFD *f, void *buf, size_t n) {
	intptr_t e = pollReset(f->pd, 'r');
	if (e != 0) return -e - 100;
	for (;;) {
		ssize_t k = read(f->fd, buf, n);
		if (k >= 0) return k;
		if (errno != EAGAIN) return -1;
		e = pollWait(f->pd, 'r');
		if (e != 0) return -e - 100;
	}
}

/* internal/poll's FD.Write: writes everything, waiting when the pipe is full. */
static intptr_t pwrite_(PFD *f, const void *buf, size_t n) {
	intptr_t e = pollReset(f->pd, 'w');
	if (e != 0) return -e - 100;
	size_t done = 0;
	while (done < n) {
		ssize_t k = write(f->fd, (const char *)buf + done, n - done);
		if (k >= 0) { done += k; continue; }
		if (errno != EAGAIN) return -1;
		e = pollWait(f->pd, 'w');
		if (e != 0) return -e - 100;
	}
	return done;
}

static uint32_t done, started;

/* A ring of goroutines joined by pipes passes a token around: every read
 * parks its goroutine until the previous one writes. */
enum { RING = 8, LAPS = 200 };
static PFD ring_r[RING + 1], ring_w[RING + 1];

static void ring_member(Fv *fv) {
	int i = fv->id;
	char c;
	for (int lap = 0; lap < LAPS; lap++) {
		if (pread_(&ring_r[i], &c, 1) != 1) { str("ring read failed\n"); exit(1); }
		c++;
		if (pwrite_(&ring_w[i + 1], &c, 1) != 1) { str("ring write failed\n"); exit(1); }
	}
	semrelease(&done, 0);
}

static void ring_mode(void) {
	pollServerInit();
	for (int i = 0; i <= RING; i++) pipe_open(&ring_r[i], &ring_w[i]);
	for (int i = 0; i < RING; i++) go(ring_member, i);
	int64_t total = 0;
	for (int lap = 0; lap < LAPS; lap++) {
		char c = 0;
		pwrite_(&ring_w[0], &c, 1);
		if (pread_(&ring_r[RING], &c, 1) != 1) { str("main read failed\n"); exit(1); }
		total += c;
	}
	for (int i = 0; i < RING; i++) semacquire(&done, 0);
	line("token hops ", total);
}

/* A writer fills the pipe and waits for room ('w'); a late reader drains
 * it: every byte arrives, in order. */
enum { BULK = 1 << 20 };
static PFD bulk_r, bulk_w;

static void bulk_reader(Fv *fv) {
	timeSleep(5000000);
	static unsigned char buf[4096];
	int64_t got = 0, bad = 0;
	while (got < BULK) {
		intptr_t k = pread_(&bulk_r, buf, sizeof buf);
		if (k <= 0) { line("bulk read ", k); exit(1); }
		for (intptr_t j = 0; j < k; j++) bad += buf[j] != (unsigned char)((got + j) * 7);
		got += k;
	}
	line("read ", got);
	line("bad ", bad);
	semrelease(&done, 0);
}

static void bulk_mode(void) {
	pipe_open(&bulk_r, &bulk_w);
	go(bulk_reader, 0);
	unsigned char *data = malloc(BULK);
	for (int64_t j = 0; j < BULK; j++) data[j] = (unsigned char)(j * 7);
	intptr_t wrote = pwrite_(&bulk_w, data, BULK);
	semacquire(&done, 0);
	line("wrote ", wrote);
}

/* GOMAXPROCS=1: a goroutine blocked on a pipe parks; the M goes on
 * running main, which then writes to it. */
static PFD m_r, m_w;

static void m_reader(Fv *fv) {
	semrelease(&started, 0);
	char c;
	intptr_t k = pread_(&m_r, &c, 1);
	str("reader got ");
	printstring(&c, k == 1);
	printnl();
	semrelease(&done, 0);
}

static void notm_mode(void) {
	pipe_open(&m_r, &m_w);
	go(m_reader, 0);
	semacquire(&started, 0);
	str("main runs\n");
	pwrite_(&m_w, "x", 1);
	semacquire(&done, 0);
}

/* Deadlines: an expired read deadline wakes the reader with a timeout and
 * sticks (pollReset reports it) until it is cleared; a deadline moved
 * later before it expires does not fire; a deadline in the past wakes a
 * blocked reader at once; 'r'+'w' deadlines expire both modes. */
static PFD d_r, d_w;

static void late_writer(Fv *fv) {
	timeSleep(fv->id);
	pwrite_(&d_w, "y", 1);
	semrelease(&done, 0);
}

static void extender(Fv *fv) {
	timeSleep(10000000);
	pollSetDeadline(d_r.pd, 500000000, 'r');
	semrelease(&done, 0);
}

static void expirer(Fv *fv) {
	timeSleep(20000000);
	pollSetDeadline(d_r.pd, -1, 'r');
	semrelease(&done, 0);
}

static void deadline_mode(void) {
	char c;
	pipe_open(&d_r, &d_w);
	int64_t t0 = nanotime();
	pollSetDeadline(d_r.pd, 30000000, 'r');
	intptr_t k = pread_(&d_r, &c, 1);
	int64_t el = nanotime() - t0;
	line("timeout ", k);
	str(el >= 30000000 && el < 1000000000 ? "in time\n" : "wrong time\n");
	line("still expired ", pollReset(d_r.pd, 'r'));
	line("write unaffected ", pollReset(d_r.pd, 'w'));
	pollSetDeadline(d_r.pd, 0, 'r');
	line("cleared ", pollReset(d_r.pd, 'r'));

	/* Extended from 20 ms to 500 ms at 10 ms; the data comes at 50 ms. */
	pollSetDeadline(d_r.pd, 20000000, 'r');
	go(extender, 0);
	go(late_writer, 50000000);
	k = pread_(&d_r, &c, 1);
	line("extended read ", k);
	semacquire(&done, 0);
	semacquire(&done, 0);

	/* Set in the past while the reader waits. */
	pollSetDeadline(d_r.pd, 0, 'r');
	t0 = nanotime();
	go(expirer, 0);
	k = pread_(&d_r, &c, 1);
	el = nanotime() - t0;
	line("past deadline ", k);
	str(el < 400000000 ? "at once\n" : "late\n");
	semacquire(&done, 0);

	/* Both directions at once. */
	pollSetDeadline(d_r.pd, 0, 'r');
	pollSetDeadline(d_r.pd, 20000000, 'r' + 'w');
	line("combo read ", pread_(&d_r, &c, 1));
	line("combo write ", pollReset(d_r.pd, 'w'));
}

/* Many goroutines, each with its own pipe and deadline, all time out. */
enum { MANY = 50 };
static PFD many_r[MANY], many_w[MANY];
static int64_t timeouts;
static uint32_t mu = 1;

static void many_reader(Fv *fv) {
	char c;
	pollSetDeadline(many_r[fv->id].pd, (fv->id % 5 + 1) * 4000000, 'r');
	intptr_t k = pread_(&many_r[fv->id], &c, 1);
	semacquire(&mu, 0);
	timeouts += k == -102;
	semrelease(&mu, 0);
	semrelease(&done, 0);
}

static void many_mode(void) {
	for (int i = 0; i < MANY; i++) pipe_open(&many_r[i], &many_w[i]);
	for (int i = 0; i < MANY; i++) go(many_reader, i);
	for (int i = 0; i < MANY; i++) semacquire(&done, 0);
	line("timeouts ", timeouts);
}

/* Pairs ping-pong over pipes while every read re-arms a generous
 * deadline (timer resets and stops on every P) and some writers sleep:
 * no wakeup is lost, nothing times out. */
enum { PAIRS = 16, VOLLEYS = 100 };
static PFD pp_r[2 * PAIRS], pp_w[2 * PAIRS];
static int64_t pp_bad;

static void volley(Fv *fv) {
	int i = fv->id / 2, serve = fv->id % 2;
	PFD *in = &pp_r[2 * i + !serve], *out = &pp_w[2 * i + serve];
	char c = 0;
	for (int k = 0; k < VOLLEYS; k++) {
		if (serve || k > 0) {
			if (k % 10 == 3) timeSleep(100000);
			if (pwrite_(out, &c, 1) != 1) pp_bad++;
		}
		if (serve && k == VOLLEYS - 1) break;
		pollSetDeadline(in->pd, k % 2 ? 2000000000 : 3000000000, 'r');
		if (pread_(in, &c, 1) != 1) pp_bad++;
		pollSetDeadline(in->pd, 0, 'r');
	}
	semrelease(&done, 0);
}

static void pingpong_mode(void) {
	for (int i = 0; i < 2 * PAIRS; i++) pipe_open(&pp_r[i], &pp_w[i]);
	for (int i = 0; i < 2 * PAIRS; i++) go(volley, i);
	for (int i = 0; i < 2 * PAIRS; i++) semacquire(&done, 0);
	line("lost ", pp_bad);
}

/* Closing wakes a blocked reader with "closing"; the descriptor's record
 * is reused by the next open, without stale state. */
static PFD c_r, c_w;

static void closer(Fv *fv) {
	timeSleep(10000000);
	pollUnblock(c_r.pd);
	semrelease(&done, 0);
}

static void close_mode(void) {
	char c;
	pipe_open(&c_r, &c_w);
	uintptr_t old = c_r.pd;
	pollSetDeadline(c_r.pd, 10000000000, 'r');
	go(closer, 0);
	line("closed read ", pread_(&c_r, &c, 1));
	semacquire(&done, 0);
	line("reset after close ", pollReset(c_r.pd, 'r'));
	pollClose(c_r.pd);
	close(c_r.fd);
	pfd_close(&c_w);
	pipe_open(&c_r, &c_w);
	str(c_r.pd == old || c_w.pd == old ? "reused\n" : "not reused\n");
	line("reopened reset ", pollReset(c_r.pd, 'r'));
	pwrite_(&c_w, "z", 1);
	line("reopened read ", pread_(&c_r, &c, 1));
	/* Closing the writer: the reader sees end of file. */
	pfd_close(&c_w);
	line("eof ", pread_(&c_r, &c, 1));
}

/* pollOpen of a regular file fails with EPERM (epoll cannot poll it);
 * only the poller's own descriptors are poll descriptors. */
static void openerr_mode(void) {
	int fd = open("/proc/self/exe", O_RDONLY);
	Opened o = pollOpen(fd);
	line("errno ", o.errno_);
	line("pd ", o.pd);
	line("fd is poll descriptor ", isPollDescriptor(fd));
	int found = 0;
	for (int i = 0; i < 64; i++) found += isPollDescriptor(i);
	line("poll descriptors ", found);
}

/* A thread outside the scheduler writes after a second while main waits
 * on a semaphore and the reader on the pipe: no timer is pending, the
 * idle M sleeps in epoll_wait (no CPU burnt, no deadlock). */
static PFD t_r, t_w;

static void *outside_writer(void *arg) {
	usleep(1000000);
	if (write(t_w.fd, "w", 1) != 1) abort();
	return NULL;
}

static void t_reader(Fv *fv) {
	char c;
	intptr_t k = pread_(&t_r, &c, 1);
	line("outside read ", k);
	semrelease(&done, 0);
}

static void cpu_mode(void) {
	pipe_open(&t_r, &t_w);
	pthread_t th;
	pthread_create(&th, NULL, outside_writer, NULL);
	int64_t t0 = nanotime();
	go(t_reader, 0);
	semacquire(&done, 0);
	int64_t wall = nanotime() - t0;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	int64_t cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 +
		ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
	str(wall >= 1000000000 && wall < 3000000000 ? "waited " : "wrong wall time ");
	printint(cpu_us);
	printnl();
}

/* With the poller in use but nobody waiting on it, main blocked for good
 * is still Go's deadlock. */
static void deadlock_mode(void) {
	pipe_open(&t_r, &t_w);
	uint32_t z = 0;
	semacquire(&z, 0);
}

void golift_main(void) {
	const char *mode = getenv("RT_TEST_MODE");
	if (!strcmp(mode, "ring")) ring_mode();
	else if (!strcmp(mode, "bulk")) bulk_mode();
	else if (!strcmp(mode, "notm")) notm_mode();
	else if (!strcmp(mode, "deadline")) deadline_mode();
	else if (!strcmp(mode, "many")) many_mode();
	else if (!strcmp(mode, "pingpong")) pingpong_mode();
	else if (!strcmp(mode, "close")) close_mode();
	else if (!strcmp(mode, "openerr")) openerr_mode();
	else if (!strcmp(mode, "cpu")) cpu_mode();
	else if (!strcmp(mode, "deadlock")) deadlock_mode();
	else str("unknown mode\n");
}
