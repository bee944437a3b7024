//! What relais asks of the system beyond files: giving freed memory back.

/// Gives memory freed by a finished step back to the system. glibc's
/// malloc keeps large freed buffers in its heaps, so without this the
/// resident memory of a long job (a TM import chunk after chunk, `relais
/// check` part after part of a huge file) creeps up to the sum of its
/// steps instead of staying at the largest one.
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator's
    // own heaps; it takes no pointer and has no precondition.
    unsafe {
        libc::malloc_trim(0);
    }
}
