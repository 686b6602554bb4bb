package org.factcheck.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What templates may call on the values they are given: the accessors of the tool's own view
 * records and nothing else (no constructors, no fields, no method of a JDK or library class), on
 * top of Freemarker's default deny list. Templates are content from pull requests.
 */
final class ViewsOnlyPolicy implements MemberAccessPolicy {

    static final ViewsOnlyPolicy INSTANCE = new ViewsOnlyPolicy();
    private static final MemberAccessPolicy DEFAULT = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

    private ViewsOnlyPolicy() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> c) {
        ClassMemberAccessPolicy base = DEFAULT.forClass(c);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method m) {
                return base.isMethodExposed(m) && m.getDeclaringClass().getName().startsWith("org.factcheck.render.")
                        && m.getParameterCount() == 0;
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> k) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field f) {
                return false;
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return DEFAULT.isToStringAlwaysExposed();
    }
}
