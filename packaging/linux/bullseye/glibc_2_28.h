/* Force-included (gcc -include) into every C file of the CPython build by inroot_python.sh.
 *
 * Why: glibc 2.29 gave exp, log, pow, exp2 and log2 new symbol versions (same maths, without the
 * old SVID error wrapper), so a CPython compiled against Debian 11's glibc 2.31 needs GLIBC_2.29 for
 * them and cannot load on glibc 2.28 (统信UOS V20 / Debian 10 class). Binding the calls to the
 * x86-64 base versions, which every glibc still exports, keeps libpython and its math modules at
 * GLIBC_2.28 or lower; sem_clockwait (2.30) is switched off in configure instead. */
#if defined(__x86_64__) && defined(__linux__) && !defined(__ASSEMBLER__)  /* features.h is not read yet */
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
#endif
