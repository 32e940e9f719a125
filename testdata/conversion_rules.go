package main

// Conversions the spec allows: numeric among integers and floats, complex
// among complex types, constants by representability (a typed complex
// constant with zero imaginary part converts to a float), struct types that
// differ only in tags at any depth, slices to arrays and array pointers, and
// conversions in generic code, done per instantiation at run time.

type Celsius float64
type MyC complex64

const typedC complex128 = 3

type Tagged struct {
	v struct {
		v struct {
			v struct {
				v struct {
					v struct {
						v struct {
							v struct {
								v struct {
									v struct {
										v struct {
											v struct {
												v struct {
													v struct {
														v struct {
															v struct {
																v struct {
																	v struct {
																		v struct {
																			v struct {
																				v struct {
																					v struct {
																						v struct {
																							v struct {
																								v struct {
																									v struct {
																										v struct {
																											v struct {
																												v struct {
																													v struct {
																														v struct {
																															v struct {
																																v struct {
																																	v struct {
																																		v struct {
																																			v struct {
																																				v struct {
																																					v struct {
																																						v struct {
																																							v struct {
																																								v struct {
																																									v struct {
																																										v struct {
																																											v struct {
																																												v struct {
																																													v struct {
																																														v struct {
																																															v struct {
																																																v struct {
																																																	v struct {
																																																		v struct {
																																																			v struct {
																																																				v struct {
																																																					v struct {
																																																						v struct {
																																																							v struct {
																																																								v struct {
																																																									v struct {
																																																										v struct {
																																																											v struct {
																																																												v int `k:"0"`
																																																											} `k:"1"`
																																																										} `k:"2"`
																																																									} `k:"3"`
																																																								} `k:"4"`
																																																							} `k:"5"`
																																																						} `k:"6"`
																																																					} `k:"7"`
																																																				} `k:"8"`
																																																			} `k:"9"`
																																																		} `k:"10"`
																																																	} `k:"11"`
																																																} `k:"12"`
																																															} `k:"13"`
																																														} `k:"14"`
																																													} `k:"15"`
																																												} `k:"16"`
																																											} `k:"17"`
																																										} `k:"18"`
																																									} `k:"19"`
																																								} `k:"20"`
																																							} `k:"21"`
																																						} `k:"22"`
																																					} `k:"23"`
																																				} `k:"24"`
																																			} `k:"25"`
																																		} `k:"26"`
																																	} `k:"27"`
																																} `k:"28"`
																															} `k:"29"`
																														} `k:"30"`
																													} `k:"31"`
																												} `k:"32"`
																											} `k:"33"`
																										} `k:"34"`
																									} `k:"35"`
																								} `k:"36"`
																							} `k:"37"`
																						} `k:"38"`
																					} `k:"39"`
																				} `k:"40"`
																			} `k:"41"`
																		} `k:"42"`
																	} `k:"43"`
																} `k:"44"`
															} `k:"45"`
														} `k:"46"`
													} `k:"47"`
												} `k:"48"`
											} `k:"49"`
										} `k:"50"`
									} `k:"51"`
								} `k:"52"`
							} `k:"53"`
						} `k:"54"`
					} `k:"55"`
				} `k:"56"`
			} `k:"57"`
		} `k:"58"`
	} `k:"59"`
}

type Plain struct {
	v struct {
		v struct {
			v struct {
				v struct {
					v struct {
						v struct {
							v struct {
								v struct {
									v struct {
										v struct {
											v struct {
												v struct {
													v struct {
														v struct {
															v struct {
																v struct {
																	v struct {
																		v struct {
																			v struct {
																				v struct {
																					v struct {
																						v struct {
																							v struct {
																								v struct {
																									v struct {
																										v struct {
																											v struct {
																												v struct {
																													v struct {
																														v struct {
																															v struct {
																																v struct {
																																	v struct {
																																		v struct {
																																			v struct {
																																				v struct {
																																					v struct {
																																						v struct {
																																							v struct {
																																								v struct {
																																									v struct {
																																										v struct {
																																											v struct {
																																												v struct {
																																													v struct {
																																														v struct {
																																															v struct {
																																																v struct {
																																																	v struct {
																																																		v struct {
																																																			v struct {
																																																				v struct {
																																																					v struct {
																																																						v struct {
																																																							v struct {
																																																								v struct {
																																																									v struct{ v struct{ v struct{ v int } } }
																																																								}
																																																							}
																																																						}
																																																					}
																																																				}
																																																			}
																																																		}
																																																	}
																																																}
																																															}
																																														}
																																													}
																																												}
																																											}
																																										}
																																									}
																																								}
																																							}
																																						}
																																					}
																																				}
																																			}
																																		}
																																	}
																																}
																															}
																														}
																													}
																												}
																											}
																										}
																									}
																								}
																							}
																						}
																					}
																				}
																			}
																		}
																	}
																}
															}
														}
													}
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}
}

func toFloat[T ~int | ~int8 | ~uint16, U ~float32 | ~float64](x T) U { return U(x) }

func widen[T ~complex64 | ~complex128](x T) complex128 { return complex128(x) }

func bytesOf[T ~string | ~[]byte](x T) []byte { return []byte(x) }

func fromConst[T ~int8 | ~float64 | ~complex64]() T { return T(100) }

func arrayOf[S ~[]int](s S) [2]int { return [2]int(s) }

func main() {
	i := 7
	f := 2.75
	var c MyC = 1 + 2i
	println(float32(i), int(f), Celsius(i), int8(f*40))
	println(complex128(c), MyC(complex128(c)*2), real(c), imag(c))
	println(float32(typedC), int(typedC), complex64(2.5))
	var t Tagged
	p := Plain(t)
	q := (*Tagged)(&p)
	println((*Plain)(q) == &p, Plain(*q) == p)
	s := []int{1, 2, 3}
	a := [3]int(s)
	ap := (*[2]int)(s)
	ap[0] = 9
	println(a[0], s[0], len(ap))
	println(toFloat[int, float64](3), toFloat[int8, float32](-2), toFloat[uint16, Celsius](65535))
	println(widen(c), widen(complex128(1i)))
	println(string(bytesOf("hé")), len(bytesOf([]byte{1, 2})))
	println(fromConst[int8](), fromConst[float64](), fromConst[complex64]())
	println(arrayOf(s)[1])
	defer func() { println(recover().(error).Error()) }()
	println(arrayOf(s[:1])[0])
}
