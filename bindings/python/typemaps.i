// Python-only typemaps for bindings/cozecore.i.
//
// Raw byte chunks (SSE input, HTTP body chunks) arrive as any bytes-like
// object (bytes, bytearray, memoryview) through the buffer protocol, with no
// UTF-8 round trip. SWIG's stock (char *STRING, size_t LENGTH) typemap takes
// only `str` in Python 3; cozecore.i %applies this pair to every
// (const char *data, size_t len) parameter, so redefining it here is enough.
//
// Strings coming back (event data, error messages, JSON results) are UTF-8
// from the core and become `str`; SWIG surrogate-escapes invalid bytes.

%typemap(in) (char *STRING, size_t LENGTH) (Py_buffer view, int have_view = 0) {
  if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) != 0) {
    SWIG_exception_fail(SWIG_TypeError, "in method '$symname', expected a bytes-like object");
  }
  have_view = 1;
  $1 = ($1_ltype)view.buf;
  $2 = ($2_ltype)view.len;
}

%typemap(freearg) (char *STRING, size_t LENGTH) {
  if (have_view$argnum) PyBuffer_Release(&view$argnum);
}

%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) (char *STRING, size_t LENGTH) {
  $1 = PyObject_CheckBuffer($input) ? 1 : 0;
}
